#!/usr/bin/env bash
# Moves a stage tag (default stage=production) to one version of a registered model, and off every other
# version that carries it, so "the newest version tagged stage=production" is exactly the chosen one.
# Rolling back is promoting the previous version. Model version tags are mutable in Azure ML; the rest of the
# version (its files, its job) is never touched: each PUT sends back the properties it read.
#
# Uses `az rest` (core Azure CLI, no `ml` extension) after azure/login. Every value arrives through the
# environment, never through the workflow text:
#   MODEL_NAME, MODEL_VERSION, AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP, AZURE_ML_WORKSPACE   (required)
#   STAGE_TAG (default stage), STAGE (default production), ARM_ENDPOINT (default https://management.azure.com)
# Writes a line to $GITHUB_STEP_SUMMARY when it is set.
set -euo pipefail

for name in MODEL_NAME MODEL_VERSION AZURE_SUBSCRIPTION_ID AZURE_RESOURCE_GROUP AZURE_ML_WORKSPACE; do
  if [ -z "${!name:-}" ]; then
    echo "::error::promote_model.sh: $name is not set" >&2
    exit 2
  fi
done
STAGE_TAG="${STAGE_TAG:-stage}"
STAGE="${STAGE:-production}"
# The api-version the actions call too (README, "Azure ML api-version"): one version reads and writes a version.
API="api-version=2025-12-01"
VERSIONS="${ARM_ENDPOINT:-https://management.azure.com}/subscriptions/$AZURE_SUBSCRIPTION_ID/resourceGroups/$AZURE_RESOURCE_GROUP/providers/Microsoft.MachineLearningServices/workspaces/$AZURE_ML_WORKSPACE/models/$MODEL_NAME/versions"
BODY="$(mktemp)"
trap 'rm -f "$BODY"' EXIT

# Reads one version, applies a jq filter to its tags, and writes the version back.
update_tags() {
  local version="$1" filter="$2"
  az rest --method get --url "$VERSIONS/$version?$API" |
    jq --arg key "$STAGE_TAG" --arg value "$STAGE" "{properties: (.properties | .tags = ((.tags // {}) | $filter))}" >"$BODY"
  az rest --method put --url "$VERSIONS/$version?$API" --body "@$BODY" --output none
}

holders="$(az rest --method get --url "$VERSIONS?$API&tags=$STAGE_TAG=$STAGE" --query "value[].name" --output tsv)"
# Fails here, before any change, when the chosen version does not exist.
update_tags "$MODEL_VERSION" '.[$key] = $value'
previous=""
for version in $holders; do
  if [ "$version" != "$MODEL_VERSION" ]; then
    update_tags "$version" 'del(.[$key])'
    previous="${previous:+$previous, }$version"
  fi
done

message="$MODEL_NAME:$MODEL_VERSION is now $STAGE_TAG=$STAGE (before: ${previous:-${holders:-none}})"
echo "$message"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  echo "$message" >>"$GITHUB_STEP_SUMMARY"
fi
