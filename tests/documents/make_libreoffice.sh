#!/usr/bin/env bash
# Writes tests/documents/libreoffice/: one Swedish action plan (headings, a
# table with a header row, two links) saved by a real office suite as
# LibreOffice saves it — Word (.docx), OpenDocument (.odt), PDF as exported
# by default (untagged) and PDF exported as PDF/UA (tagged). The files are
# committed; the tests read them and never run this. LibreOffice names the
# language of its own locale (en-US here), not the page's: the tests
# expect what it wrote. Run it again after changing it:
#
#   apt-get install --no-install-recommends libreoffice-writer-nogui
#   tests/documents/make_libreoffice.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/libreoffice"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cat > "$work/handlingsplan.html" <<'HTML'
<!doctype html><html lang="sv-SE"><head><meta charset="utf-8"><title>Handlingsplan för förbättringsarbetet</title></head><body>
<h1>Handlingsplan</h1><p>Planen beskriver mål och aktiviteter.</p>
<h2>Mål</h2><p>Kortare väntetider.</p>
<h2>Aktiviteter</h2>
<table><thead><tr><th>Aktivitet</th><th>Ansvarig</th></tr></thead><tbody><tr><td>Kartlägg flödet</td><td>Teamet</td></tr></tbody></table>
<p>Läs mer på <a href="https://example.org/dokument/">portalen</a> och <a href="https://www.example.com/rapport">rapporten</a>.</p>
</body></html>
HTML
convert() { # filter, output folder
  HOME="$work" soffice --headless --infilter="HTML (StarWriter)" --convert-to "$1" --outdir "$2" "$work/handlingsplan.html" >/dev/null
}
convert 'docx:MS Word 2007 XML' "$out"
convert odt "$out"
convert pdf:writer_pdf_Export "$work/default"
mv "$work/default/handlingsplan.pdf" "$out/handlingsplan-standard.pdf"
convert 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"}}' "$work/ua"
mv "$work/ua/handlingsplan.pdf" "$out/handlingsplan-pdfua.pdf"
ls -l "$out"
