// Helpdesk OIT: Azure Bot (Teams channel) + App Service for Linux running the container,
// with an Azure Files share mounted at /data for the JSON store and job state.
//
//   az deployment group create -g <rg> --parameters deploy/azure/main.bicepparam
//   (or: -f deploy/azure/main.bicep -p containerImage=<image> …)
//
// The bot keeps its store in files and runs its schedulers in-process, so it must run as
// exactly ONE instance: the plan has capacity 1 and Always On, and nothing here scales out.
targetScope = 'resourceGroup'

@description('Base name for all resources (lower case letters, digits and hyphens), e.g. helpdesk-oit.')
@minLength(3)
@maxLength(24)
param namePrefix string = 'helpdesk-oit'

@description('Azure region for the App Service and storage. The bot registration itself is global.')
param location string = resourceGroup().location

@description('Container image to run, e.g. myregistry.azurecr.io/helpdesk-oit:0.1.0 (built from deploy/Dockerfile).')
param containerImage string

@description('Name of an Azure Container Registry in this resource group to pull from with the managed identity (AcrPull is granted). Empty for a public registry.')
param acrName string = ''

@description('How the bot authenticates to the Bot Framework. UserAssignedMSI: no secret, the identity created here is the bot (recommended). SingleTenant: an existing Entra app registration with a client secret.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botIdentityType string = 'UserAssignedMSI'

@description('SingleTenant only: the client id of the existing Entra app registration of the bot.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param microsoftAppPassword string = ''

@description('The Entra tenant of the bot identity and of Microsoft Graph calls.')
param tenantId string = subscription().tenantId

@description('Tenants whose Teams users may talk to the bot (checked on every activity). Normally just the home tenant.')
param allowedTenants array = [
  subscription().tenantId
]

@description('Client id of a separate Entra app for Microsoft Graph (with GRAPH client secret). Empty = use the managed identity created here for Graph.')
param graphClientId string = ''

@description('Client secret for graphClientId. Empty when Graph uses the managed identity.')
@secure()
param graphClientSecret string = ''

@description('Bearer token for POST /api/alerts (monitoring systems); at least 24 random characters. Empty = the alert endpoint is off (503).')
@secure()
param alertsToken string = ''

@description('Messaging endpoint registered with the Bot Framework. Empty = https://<web app default host>/api/messages.')
param botEndpoint string = ''

@description('Bot Service pricing tier. F0 covers the Teams channel (a standard channel) without message limits.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Display name of the bot in the Bot Framework registration (users see the Teams app name from the manifest).')
param botDisplayName string = 'Helpdesk OIT'

@description('App Service plan SKU (Linux). B1 or higher: Always On keeps the SLA and paging schedulers running.')
param appServiceSku string = 'B1'

@description('Path of the domain configuration YAML inside the container. Empty = the image\'s config/demo.yaml; for production put the real file on the share, e.g. /data/helpdesk.yaml.')
param helpdeskConfigPath string = ''

@description('Log level of the bot (pino).')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param logLevel string = 'info'

@description('Quota of the Azure Files share mounted at /data, in GiB.')
param dataShareQuotaGiB int = 5

@description('Tags applied to every resource.')
param tags object = {
  app: 'helpdesk-oit'
}

var useMsi = botIdentityType == 'UserAssignedMSI'
var useGraphSecret = !empty(graphClientId)
var suffix = uniqueString(resourceGroup().id, namePrefix)
var storageName = take(toLower('${replace(namePrefix, '-', '')}${suffix}'), 24)
var dataShareName = 'helpdesk-data'
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id'
  location: location
  tags: tags
}

var botAppId = useMsi ? identity.properties.clientId : microsoftAppId
var botTenantId = useMsi ? identity.properties.tenantId : tenantId

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // App Service mounts Azure Files with the account key.
    allowSharedKeyAccess: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    shareDeleteRetentionPolicy: {
      enabled: true
      days: 14
    }
  }
}

resource dataShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: dataShareName
  properties: {
    shareQuota: dataShareQuotaGiB
    enabledProtocols: 'SMB'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: 1
  }
  properties: {
    reserved: true
  }
}

var baseSettings = [
  { name: 'WEBSITES_PORT', value: '3978' }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
  { name: 'HELPDESK_MODE', value: 'production' }
  { name: 'NODE_ENV', value: 'production' }
  { name: 'PORT', value: '3978' }
  { name: 'DATA_DIR', value: '/data' }
  { name: 'LOG_LEVEL', value: logLevel }
  { name: 'MicrosoftAppType', value: botIdentityType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  { name: 'ALLOWED_TENANTS', value: join(allowedTenants, ',') }
  { name: 'GRAPH_TENANT_ID', value: tenantId }
]
var botSecretSettings = useMsi ? [] : [
  { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
]
var graphSettings = useGraphSecret ? [
  { name: 'GRAPH_CLIENT_ID', value: graphClientId }
  { name: 'GRAPH_CLIENT_SECRET', value: graphClientSecret }
] : [
  { name: 'GRAPH_MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
]
var configSettings = empty(helpdeskConfigPath) ? [] : [
  { name: 'HELPDESK_CONFIG', value: helpdeskConfigPath }
]
var alertSettings = empty(alertsToken) ? [] : [
  { name: 'ALERTS_TOKEN', value: alertsToken }
]

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${namePrefix}-${take(suffix, 6)}'
  location: location
  tags: tags
  kind: 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      acrUseManagedIdentityCreds: !empty(acrName)
      acrUserManagedIdentityID: empty(acrName) ? null : identity.properties.clientId
      alwaysOn: true
      // liveness: 503 once the store has stopped writing; App Service then replaces the instance
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      numberOfWorkers: 1
      appSettings: concat(baseSettings, botSecretSettings, graphSettings, configSettings, alertSettings)
    }
  }
}

// Azure Files share mounted at /data (the image declares VOLUME /data, DATA_DIR=/data).
resource storageMount 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'azurestorageaccounts'
  properties: {
    data: {
      type: 'AzureFiles'
      protocol: 'Smb'
      accountName: storage.name
      shareName: dataShare.name
      mountPath: '/data'
      accessKey: storage.listKeys().keys[0].value
    }
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (!empty(acrName)) {
  name: empty(acrName) ? 'unused' : acrName
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(acrName)) {
  name: guid(resourceGroup().id, acrName, identity.id, acrPullRoleId)
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${take(suffix, 6)}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: empty(botEndpoint) ? 'https://${webApp.properties.defaultHostName}/api/messages' : botEndpoint
    msaAppId: botAppId
    msaAppType: botIdentityType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: useMsi ? identity.id : null
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('The bot (and Teams app) id: pass it to `npm run package -- --app-id`.')
output botAppId string = botAppId

@description('The host for the manifest\'s validDomains: `npm run package -- --domain`.')
output botDomain string = webApp.properties.defaultHostName

@description('Bearer token for POST /api/alerts (monitoring systems); at least 24 random characters. Empty = the alert endpoint is off (503).')
@secure()
param alertsToken string = ''

@description('Messaging endpoint registered with the Bot Framework.')
output messagingEndpoint string = bot.properties.endpoint

@description('Principal (object) id of the managed identity: grant it the Graph application permissions and the Helpdesk Administrator role (see deploy/README.md).')
output identityPrincipalId string = identity.properties.principalId

@description('Name of the web app (for az webapp log tail, restarts, slot-less redeploys).')
output webAppName string = webApp.name
