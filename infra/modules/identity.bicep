// The host's user-assigned managed identity: reads Key Vault secrets, writes state blobs, and (UserAssignedMSI)
// is the bot's identity towards the Bot Connector.
param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
