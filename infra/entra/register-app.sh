#!/usr/bin/env bash
# Creates (or brings up to date) InternBot's Entra app registration from app-registration.json: the access_as_user
# scope pre-authorised for Teams, Microsoft 365 and Outlook (no app roles: roles come from Entra groups); delegated
# Microsoft Graph User.Read and Sites.Selected. Then sets the Application ID URI api://<host>/<client id> and the
# redirect URI of the tab's pop-up sign-in and consent (https://<host>/tab/auth/end), and creates a client secret
# for the on-behalf-of exchange and that sign-in. Needs the Azure CLI signed in as an Application Administrator
# (az login). Usage: infra/entra/register-app.sh <host domain, e.g. internbot-prod.azurewebsites.net>
set -euo pipefail
host="${1:?usage: register-app.sh <host domain>}"
here="$(cd "$(dirname "$0")" && pwd)"
graph_app=00000003-0000-0000-c000-000000000000

# Permission ids are looked up by name in the tenant rather than hard-coded.
scope_id() { az ad sp show --id "$graph_app" --query "oauth2PermissionScopes[?value=='$1'].id | [0]" -o tsv; }
body="$(sed -e "s/\${USER_READ_SCOPE_ID}/$(scope_id User.Read)/" -e "s/\${SITES_SELECTED_SCOPE_ID}/$(scope_id Sites.Selected)/" "$here/app-registration.json")"

existing="$(az ad app list --display-name InternBot --query '[0].id' -o tsv)"
if [[ -z "$existing" ]]; then
  object_id="$(az rest --method POST --url https://graph.microsoft.com/v1.0/applications --body "$body" --query id -o tsv)"
  echo "Created the InternBot app registration."
else
  object_id="$existing"
  az rest --method PATCH --url "https://graph.microsoft.com/v1.0/applications/$object_id" --body "$body"
  echo "Updated the existing InternBot app registration."
fi

client_id="$(az rest --method GET --url "https://graph.microsoft.com/v1.0/applications/$object_id" --query appId -o tsv)"
az rest --method PATCH --url "https://graph.microsoft.com/v1.0/applications/$object_id" \
  --body "{\"identifierUris\":[\"api://$host/$client_id\"],\"web\":{\"redirectUris\":[\"https://$host/tab/auth/end\"]}}"
az ad sp show --id "$client_id" >/dev/null 2>&1 || az ad sp create --id "$client_id" >/dev/null

secret="$(az ad app credential reset --id "$client_id" --append --display-name "internbot-obo" --years 1 --query password -o tsv)"
echo "TAB_CLIENT_ID=$client_id"
echo "Application ID URI: api://$host/$client_id"
echo "Client secret (pass it to the deployment as TAB_CLIENT_SECRET; it is not shown again):"
echo "$secret"
