// InternBot in Azure: one App Service (Linux, .NET 10) hosting the bot endpoint and the tab, the Azure Bot with its
// Teams channel, a storage account, Application Insights, and Key Vault holding the secrets the host reads through
// Key Vault references. Deploy at resource-group scope; infra/README.md walks through it.
targetScope = 'resourceGroup'

@description('Short lower-case name for this deployment, used in every resource name, e.g. internbot-prod.')
@minLength(3)
@maxLength(18)
param name string

@description('Region for everything but the bot (the Azure Bot resource is global).')
param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Connector: SingleTenant (an app registration with a secret) or UserAssignedMSI (the managed identity this template creates; no secret).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the bot app registration\'s Application (client) ID. Ignored for UserAssignedMSI.')
param botAppId string = ''

@secure()
@description('SingleTenant only: a client secret of the bot app registration. Stored in Key Vault.')
param botClientSecret string = ''

@description('The Entra app registration the tab signs users in with (SSO) and calls Graph on their behalf.')
param tabClientId string

@secure()
@description('A client secret of the tab app registration, for the on-behalf-of exchange. Stored in Key Vault.')
param tabClientSecret string

@description('The SharePoint site holding the applications list, e.g. https://contoso.sharepoint.com/sites/internships.')
param sharePointSiteUrl string

@description('Entra security group whose (transitive) members are internship staff, in chat and in the tab (object id).')
param staffGroupId string

@description('Entra group of supervisors (object id), in chat and in the tab; empty: nobody is a supervisor.')
param supervisorGroupId string = ''

@description('Entra group of this year\'s interns (object id), in chat and in the tab; empty: nobody gets intern reminders.')
param internGroupId string = ''

@description('App Service plan size. B1 is enough for one internship office; P0v3 adds slots and more memory.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, standard channels only) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var tenantId = tenant().tenantId

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: name, location: location }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { name: name, location: location }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: name, location: location, principalId: identity.outputs.principalId }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: name
    location: location
    principalId: identity.outputs.principalId
    secrets: union(
      { 'tab-client-secret': tabClientSecret },
      botAppType == 'SingleTenant' ? { 'bot-client-secret': botClientSecret } : {}
    )
  }
}

var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

module app 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    name: name
    location: location
    sku: appServiceSku
    identityId: identity.outputs.id
    tabClientId: tabClientId
    appSettings: union({
      ASPNETCORE_ENVIRONMENT: 'Production'
      // A started, restarted or new instance gets traffic once it is ready (applications decided), as for slot swaps.
      WEBSITE_WARMUP_PATH: '/healthz/ready'
      WEBSITE_SWAP_WARMUP_PING_PATH: '/healthz/ready'
      WEBSITE_SWAP_WARMUP_PING_STATUSES: '200'
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      AZURE_CLIENT_ID: identity.outputs.clientId
      Bot__AppId: effectiveBotAppId
      Bot__AppType: botAppType
      Bot__TenantId: tenantId
      Tab__ClientId: tabClientId
      Tab__ApplicationStore: 'SharePoint'
      Tab__TenantId: tenantId
      // The tab's app registration trusts this managed identity (federated credential, infra/README.md): no secret to
      // expire. The Key Vault secret below is the fallback, used only while this is empty.
      Tab__FederatedIdentityClientId: identity.outputs.clientId
      Tab__ClientSecret: '@Microsoft.KeyVault(SecretUri=${vault.outputs.uri}secrets/tab-client-secret/)'
      Roles__Source: 'EntraGroups'
      Roles__Groups__Staff: staffGroupId
      Roles__Groups__Supervisor: supervisorGroupId
      Roles__Groups__Intern: internGroupId
      Roles__Graph__TenantId: tenantId
      Roles__Graph__ManagedIdentityClientId: identity.outputs.clientId
      Storage__SharePoint__SiteUrl: sharePointSiteUrl
      // Every instance keeps conversation state, questions, the audit log and delivery claims in the shared account,
      // reached with the managed identity (no keys), so the plan can scale out.
      Storage__Provider: 'AzureStorage'
      Storage__AzureStorage__ServiceUri: storage.outputs.blobEndpoint
      Storage__AzureStorage__TableServiceUri: storage.outputs.tableEndpoint
      Storage__AzureStorage__ManagedIdentityClientId: identity.outputs.clientId
      Storage__AzureStorage__NamePrefix: storage.outputs.namePrefix
    }, botAppType == 'SingleTenant' ? {
      Bot__ClientSecret: '@Microsoft.KeyVault(SecretUri=${vault.outputs.uri}secrets/bot-client-secret/)'
    } : {})
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: name
    sku: botSku
    appType: botAppType
    appId: effectiveBotAppId
    tenantId: tenantId
    identityId: identity.outputs.id
    endpoint: 'https://${app.outputs.hostName}/api/messages'
  }
}

@description('HOST_DOMAIN for internbot package.')
output hostDomain string = app.outputs.hostName

@description('BOT_ID for internbot package (the managed identity\'s client id for UserAssignedMSI).')
output botAppId string = effectiveBotAppId

@description('Object id of the host\'s managed identity: grant it Graph GroupMember.Read.All (infra/README.md, step 4).')
output identityPrincipalId string = identity.outputs.principalId

output messagingEndpoint string = bot.outputs.endpoint
output webAppName string = app.outputs.name
output keyVaultName string = vault.outputs.name
@description('The shared store (conversation state, questions, audit log, delivery claims).')
output storageAccountName string = storage.outputs.name
