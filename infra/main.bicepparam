using 'main.bicep'

// Used in every resource name; the host becomes https://<name>.azurewebsites.net (must be globally unique).
param name = 'internbot-prod'

// The bot's identity towards the Bot Connector. UserAssignedMSI needs no secret: the template's managed identity is
// the bot. Choose SingleTenant to use an app registration instead, and then set botAppId and botClientSecret.
param botAppType = 'UserAssignedMSI'
param botAppId = ''
param botClientSecret = ''

// The app registration from infra/README.md, step 2 (Application (client) ID), and one of its client secrets.
// Pass the secret on the command line or from the environment, never commit it:
//   az deployment group create ... --parameters main.bicepparam tabClientSecret=$TAB_CLIENT_SECRET
param tabClientId = '00000000-0000-0000-0000-000000000000'
param tabClientSecret = readEnvironmentVariable('TAB_CLIENT_SECRET', '')

// The site that holds the "InternBot Applications" list (created in step 5).
param sharePointSiteUrl = 'https://contoso.sharepoint.com/sites/internships'

// Entra groups the bot reads roles from (object ids). Staff is required; the others may stay empty.
param staffGroupId = '00000000-0000-0000-0000-000000000000'
param supervisorGroupId = ''
param internGroupId = ''

// B1 serves one internship office comfortably (see the README's benchmarks); F0 bot tier is free.
param appServiceSku = 'B1'
param botSku = 'F0'
