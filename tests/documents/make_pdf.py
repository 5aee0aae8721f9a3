#!/usr/bin/env python3
"""Writes the PDF files of the document fixtures and of the example portal
(issue 34) with pikepdf (qpdf): tagged and untagged, scanned, locked and
password-protected, with the metadata, annotations and links that the
build reads. The output is committed, so the tests do not run this. Run it
again after changing it:

    pip install pikepdf && python3 tests/documents/make_pdf.py
"""

import os
import zlib

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, String

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(
    ROOT,
    "tests/sites/documents_not_for_the_public_stop_the_build_and_leftovers_are_warned/content",
)
EXAMPLE = os.path.join(ROOT, "content")
DATE = "D:20250101000000Z"


def font(pdf):
    return pdf.make_indirect(
        Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica,
                   Encoding=Name.WinAnsiEncoding)
    )


def text_page(pdf, lines, tagged=False):
    """A page with lines of text in Helvetica; marked content when tagged."""
    ops = []
    y = 780
    for number, line in enumerate(lines):
        line = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        if tagged:
            ops.append(b"/P <</MCID %d>> BDC" % number)
        ops.append(b"BT /F1 12 Tf 56 %d Td (" % y + line + b") Tj ET")
        if tagged:
            ops.append(b"EMC")
        y -= 18
    content = pdf.make_stream(b"\n".join(ops))
    page = Dictionary(
        Type=Name.Page,
        MediaBox=Array([0, 0, 595, 842]),
        Resources=Dictionary(Font=Dictionary(F1=font(pdf))),
        Contents=content,
    )
    if tagged:
        page.StructParents = 0
    return pdf.make_indirect(page)


def image_page(pdf):
    """A page that is one grey image and nothing else: a scan."""
    width, height = 40, 60
    image = pdf.make_stream(zlib.compress(bytes([200]) * (width * height)))
    image.Type = Name.XObject
    image.Subtype = Name.Image
    image.Width = width
    image.Height = height
    image.ColorSpace = Name.DeviceGray
    image.BitsPerComponent = 8
    image.Filter = Name.FlateDecode
    content = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    return pdf.make_indirect(Dictionary(
        Type=Name.Page,
        MediaBox=Array([0, 0, 595, 842]),
        Resources=Dictionary(XObject=Dictionary(Im0=image)),
        Contents=content,
    ))


def link(pdf, uri, rect):
    return pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=Array(rect), Border=Array([0, 0, 0]),
        A=Dictionary(S=Name.URI, URI=String(uri)),
    ))


def xmp(title=None, creator=None, ua=False, language=None):
    parts = ['<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
             '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
             '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
             ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">']
    if ua:
        parts.append("<pdfuaid:part>1</pdfuaid:part>")
    if title:
        parts.append(f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>')
    if creator:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>")
    if language:
        parts.append(f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>")
    parts.append('</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    return "".join(parts).encode("utf-8")


def document(pages, title=None, author=None, language=None, tagged=False, shown=False, ua=False):
    pdf = Pdf.new()
    for page in pages(pdf):
        pdf.pages.append(pikepdf.Page(page))
    info = {"/Producer": "tests/documents/make_pdf.py", "/CreationDate": DATE, "/ModDate": DATE}
    if title:
        info["/Title"] = title
    if author:
        info["/Author"] = author
    pdf.trailer.Info = pdf.make_indirect(Dictionary({k: String(v) for k, v in info.items()}))
    root = pdf.Root
    if language:
        root.Lang = String(language)
    if shown:
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    if tagged:
        root.MarkInfo = Dictionary(Marked=True)
        page = pdf.pages[0].obj
        document_element = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document))
        paragraphs = []
        for number in range(3):
            paragraphs.append(pdf.make_indirect(Dictionary(
                Type=Name.StructElem, S=Name.P, P=document_element, Pg=page, K=number)))
        document_element.K = Array(paragraphs)
        tree = pdf.make_indirect(Dictionary(
            Type=Name.StructTreeRoot, K=document_element,
            ParentTree=pdf.make_indirect(Dictionary(Nums=Array([0, Array(paragraphs)]))),
        ))
        document_element.P = tree
        root.StructTreeRoot = tree
    metadata = pdf.make_stream(xmp(title=title, creator=author, ua=ua, language=language))
    metadata.Type = Name.Metadata
    metadata.Subtype = Name.XML
    root.Metadata = metadata
    return pdf


def save(pdf, folder, name, **encryption):
    path = os.path.join(folder, name)
    pdf.save(path, static_id=True, deterministic_id=False, **encryption)
    print("wrote", os.path.relpath(path, ROOT))


LINES = ["Handlingsplan för förbättringsarbetet", "Mål, aktiviteter och ansvariga.",
         "Följ upp varje månad."]


def accessible(pdf):
    page = text_page(pdf, LINES, tagged=True)
    page.Annots = Array([
        link(pdf, "https://example.org/dokument/", [56, 700, 300, 720]),
        link(pdf, "https://example.org/borttagen-sida/", [56, 680, 300, 700]),
        link(pdf, "https://www.example.com/rapport", [56, 660, 300, 680]),
    ])
    return [page]


def untagged(pdf):
    page = text_page(pdf, LINES)
    page.Annots = Array([pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Text, Rect=Array([500, 780, 520, 800]),
        Contents=String("Stämmer siffrorna?"), T=String("Anna Andersson"),
    ))])
    return [page, text_page(pdf, ["Sida två"])]


def scanned(pdf):
    return [image_page(pdf), image_page(pdf)]


def fishbone(pdf):
    return [text_page(pdf, ["Fiskbensdiagram – arbetsblad", "Problem:", "Orsaker: metod, människor, miljö, material"],
                      tagged=True)]


# The PDFs of other fixture sites: real, accessible files, as the build reads them.
ATTACHMENTS = ["tests/sites/broken_link_suggests_sibling/content/process/bilagan.pdf"]


def attachment(pdf):
    return [text_page(pdf, ["Bilaga", "Underlag till steget.", "Version 1."], tagged=True)]


def main():
    for path in ATTACHMENTS:
        save(document(attachment, title="Bilaga", language="sv-SE", tagged=True, shown=True, ua=True),
             ROOT, path)
    save(document(fishbone, title="Fiskbensdiagram – arbetsblad", language="sv-SE", tagged=True,
                  shown=True, ua=True), EXAMPLE, "mallar/fiskbensdiagram.pdf")
    save(document(accessible, title="Handlingsplan", language="sv-SE", tagged=True,
                  shown=True, ua=True), FIXTURES, "tillganglig.pdf")
    save(document(untagged, title="Handlingsplan", author="Anna Andersson", language="sv-SE"),
         FIXTURES, "otaggad.pdf")
    save(document(scanned), FIXTURES, "inskannad.pdf")
    # Revision 2 (40-bit RC4), where forbidding copying forbids assistive
    # technology too; from revision 3 on qpdf always allows the latter, as
    # PDF 2.0 asks.
    locked = pikepdf.Permissions(extract=False, accessibility=False)
    save(document(accessible, title="Handlingsplan", language="sv-SE", tagged=True, shown=True),
         FIXTURES, "last.pdf",
         encryption=pikepdf.Encryption(owner="agare", user="", allow=locked, R=2, aes=False, metadata=False))
    save(document(accessible, title="Handlingsplan", language="sv-SE", tagged=True, shown=True),
         FIXTURES, "losenord.pdf",
         encryption=pikepdf.Encryption(owner="agare", user="hemligt", R=4, aes=True))
    with open(os.path.join(FIXTURES, "trasig.pdf"), "wb") as broken:
        broken.write(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n")
    print("wrote trasig.pdf")


if __name__ == "__main__":
    main()
