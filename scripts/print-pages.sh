#!/usr/bin/env bash
# Printed page count of workbooks or Word documents (O7: "a size a person would print"): converts
# each file to PDF with LibreOffice (headless, A4 as the file's print setup says) and counts the
# PDF's pages. Not part of CI (a season's roster takes minutes to convert).
#
#   scripts/print-pages.sh autumn-2019/roster.xlsx autumn-2019/派员通知/人事司.docx
#
# Needs soffice (apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui).
set -euo pipefail
if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not found; install LibreOffice: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui" >&2
  exit 2
fi
[ $# -ge 1 ] || { echo "usage: $0 FILE.xlsx|FILE.docx ..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for file in "$@"; do
  [ -f "$file" ] || { echo "$file: no such file" >&2; exit 2; }
  name=$(basename "$file")
  cp "$file" "$work/in-$name"
  start=$(date +%s)
  # a profile of its own, so that a running LibreOffice or an earlier crash does not get in the way
  soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to pdf --outdir "$work" \
      "$work/in-$name" >/dev/null 2>&1
  pdf="$work/in-${name%.*}.pdf"
  [ -f "$pdf" ] || { echo "$file: LibreOffice wrote no PDF" >&2; exit 1; }
  # every page object of the PDF is one "/Type /Page" (not "/Pages")
  pages=$(python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page(?![s\w])", open(sys.argv[1],"rb").read())))' "$pdf")
  echo "$file: $pages A4 page(s) ($(( $(date +%s) - start )) s to convert)"
done
