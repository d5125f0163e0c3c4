#!/bin/sh
# Re-vendor YASGUI (@zazuko/yasgui from the npm registry) into kg/server/static/vendor/yasgui/,
# which `kg serve` serves itself, so the query page makes no request off the machine.
#
#   scripts/vendor-yasgui.sh            # the pinned version below
#   scripts/vendor-yasgui.sh 4.6.3      # another version (then update VERSION in this file)
#
# The package is fetched with `npm pack` into a temporary folder (nothing is installed);
# only its built bundle (yasgui.min.js, with YASQE, YASR and their dependencies inside)
# and stylesheet are kept, with the licence and the version and checksums written beside them.
set -eu
VERSION="${1:-4.6.2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/kg/server/static/vendor/yasgui"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@zazuko/yasgui@$VERSION" >/dev/null && tar xzf ./*.tgz)
license="$(node -p "require('$tmp/package/package.json').license")"
test "$license" = "MIT" || { echo "@zazuko/yasgui@$VERSION is licensed $license, not MIT" >&2; exit 1; }
mkdir -p "$dest"
cp "$tmp/package/build/yasgui.min.js" "$tmp/package/build/yasgui.min.css" "$dest/"
cat > "$dest/LICENSE" <<LICENSE
@zazuko/yasgui $VERSION (Yet Another SPARQL GUI), https://github.com/rdfjs/Yasgui
Copyright (c) Triply B.V. and Zazuko GmbH; licensed MIT (its package.json):

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

The bundle includes its dependencies (YASQE, YASR, CodeMirror, DataTables,
DOMPurify, and those listed in its package.json), each under its own licence.
LICENSE
{
  echo "@zazuko/yasgui $VERSION from the npm registry (scripts/vendor-yasgui.sh)"
  (cd "$dest" && sha256sum yasgui.min.js yasgui.min.css)
} > "$dest/VERSION"
echo "vendored @zazuko/yasgui $VERSION into $dest"
