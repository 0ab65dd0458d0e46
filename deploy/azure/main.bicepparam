// Example parameters: copy, adjust, and deploy with
//   az deployment group create -g <resource group> --parameters deploy/azure/main.bicepparam
// Secrets (SingleTenant) are not kept here: pass them on the command line from a vault,
// e.g. -p microsoftAppPassword=$(az keyvault secret show … --query value -o tsv).
using './main.bicep'

param namePrefix = 'helpdesk-oit'
param containerImage = 'myregistry.azurecr.io/helpdesk-oit:0.1.0'
param acrName = 'myregistry'
param botIdentityType = 'UserAssignedMSI'
param helpdeskConfigPath = '/data/helpdesk.yaml'
