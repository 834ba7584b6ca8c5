// The shared store every instance of the host uses (Storage:Provider = AzureStorage): conversation state, unanswered
// questions and the audit log in tables, delivery claims in blobs. No public access and no shared keys: the host's
// managed identity reaches the data through two data roles on this account, nothing more.
param name string
param location string
param principalId string

@description('Begins the host\'s table and container names (Storage:AzureStorage:NamePrefix).')
param namePrefix string = 'internbot'

// Storage Blob Data Contributor (delivery claims) and Storage Table Data Contributor (state, questions, audit, addresses, records).
var blobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var deliveriesContainer = '${namePrefix}-deliveries'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  // Letters and digits only, 3-24 characters: the deployment name without hyphens, then a stable suffix.
  name: take('${toLower(replace(name, '-', ''))}st${uniqueString(resourceGroup().id)}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource deliveries 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deliveriesContainer
  properties: { publicAccess: 'None' }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource table 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for suffix in ['state', 'questions', 'audit', 'references', 'records']: {
  parent: tables
  name: '${namePrefix}${suffix}'
}]

// A delivery claim matters for the minutes a channel retries; the account deletes claims a day old, so the host never
// sweeps (Table storage has no expiry, which is why claims are blobs).
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-delivery-claims'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${deliveriesContainer}/'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 1 } } }
          }
        }
      ]
    }
  }
}

resource access 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [blobDataContributor, tableDataContributor]: {
  scope: account
  name: guid(account.id, principalId, role)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output namePrefix string = namePrefix
