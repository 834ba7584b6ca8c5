// The host: Linux App Service on .NET 10, HTTPS only, health-checked at /healthz/ready, secrets via Key Vault references
// resolved with the user-assigned identity.
param name string
param location string
param sku string
param identityId string
@description('Settings the host reads (names as in the README, with __ for :).')
param appSettings object

@description('The tab app registration, for the Application ID URI the host validates tokens against.')
param tabClientId string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: sku }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz/ready'
    }
  }
}

// Set after the site exists, because the Application ID URI contains the host name Azure assigns.
resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettings, {
    Tab__ApplicationIdUri: 'api://${site.properties.defaultHostName}/${tabClientId}'
  })
}

output name string = site.name
output hostName string = site.properties.defaultHostName
