#!/usr/bin/env bash
# Makes sure the Debian packages Sangam builds against are installed.
# As root it installs what is missing with apt-get; otherwise it prints the exact command.
set -euo pipefail

required=(libicu-dev libsqlite3-dev libxml2-dev zlib1g-dev dict-freedict-eng-hin)
missing=()
for package in "${required[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
    echo "Sangam needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
