#!/bin/sh
# `make demo`: the whole path, headless, on generated data — a workspace, import, validation,
# bulk files for the portal, submission to a local sandbox IRP this script starts, the status
# report, a printed e-invoice and its verification — then the sandbox is stopped. Everything is
# written under $1 (default build/demo); the user's own store and settings are not touched.
set -eu
BUILD=${BUILD_DIR:-build}
CLI="$BUILD/app/irndesk-cli"
DEMO=${1:-$BUILD/demo}
rm -rf "$DEMO"
mkdir -p "$DEMO"
export IRNDESK_STORE="$DEMO/demo.sqlite"
export XDG_CONFIG_HOME="$DEMO/config"
export IRNDESK_KEYS="$DEMO/trusted-keys"
export DEMO_CLIENT_SECRET=demo-secret DEMO_PASSWORD=demo-password

step() { printf '\n== %s\n' "$*"; }

step "Generating 40 invoices of one seller ($DEMO/invoices.json)"
SELLER=$("$BUILD/bench/irndesk-demo-data" --out "$DEMO/invoices.json" --count 40)
echo "seller $SELLER"

step "Starting the local sandbox IRP"
"$CLI" sandbox --port 0 --keys-dir "$DEMO/sandbox-keys" --client-id demo --client-secret demo-secret \
    --user demo --password demo-password --gstin "$SELLER" > "$DEMO/sandbox.log" 2>&1 &
SANDBOX=$!
trap 'kill $SANDBOX 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 100); do
    grep -q 'http' "$DEMO/sandbox.log" 2>/dev/null && break
    sleep 0.1
done
URL=$(grep -o 'https\?://[^ ]*' "$DEMO/sandbox.log" | head -n 1)
echo "sandbox at $URL"

step "Import (a workspace is made for the seller; each invoice is validated)"
"$CLI" import "$DEMO/invoices.json" || true
"$CLI" workspace list

step "Validation of the file, as the IRP would check it"
"$CLI" validate "$DEMO/invoices.json" | tail -n 6 || true

step "Bulk files for the portal (at most 2 MB each)"
"$CLI" export --out "$DEMO/bulk" --workspace "$SELLER" || true

step "A profile for the sandbox (secrets from environment variables, never from a file)"
"$CLI" profile add demo --base-url "$URL" --client-id demo --client-secret-env DEMO_CLIENT_SECRET \
    --user demo --password-env DEMO_PASSWORD --gstin "$SELLER" --public-key "$DEMO/sandbox-keys/auth_public.pem"

step "Submission"
"$CLI" submit --profile demo --concurrency 4 || true

step "Status report ($DEMO/status.csv)"
"$CLI" report --out "$DEMO/status.csv" --workspace "$SELLER"
head -n 6 "$DEMO/status.csv"
"$CLI" status

step "The first registered invoice printed and its signed QR code checked"
DOC=$("$CLI" list --workspace "$SELLER" --status registered --limit 1 --format json \
    | grep -o '"docType":"[A-Z]*","docNo":"[^"]*"' | head -n 1 | sed 's/"docType":"\([A-Z]*\)","docNo":"\([^"]*\)"/\1\/\2/')
"$CLI" print --doc "$DOC" --out "$DEMO/e-invoice.pdf"
"$CLI" verify --doc "$DOC" --key "$DEMO/sandbox-keys/sign_cert.pem" || true

step "Stopping the sandbox"
kill $SANDBOX
wait $SANDBOX 2>/dev/null || true
trap - EXIT INT TERM
echo "demo done: $DEMO"
