#!/usr/bin/env python3
"""Writes the Office documents of the example portal and of the document
fixtures (issue 34), as Word, Excel and PowerPoint write them: a zip of XML
parts with their content types, relationships and properties. Only the
Python standard library; the output is committed, so the tests do not run
this. Run it again after changing it:

    python3 tests/documents/make.py
"""

import os
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = (2025, 1, 1, 0, 0, 0)


def core(title=None, language="sv-SE", creator=None, modified_by=None):
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ]
    if title:
        parts.append(f"<dc:title>{title}</dc:title>")
    if creator:
        parts.append(f"<dc:creator>{creator}</dc:creator>")
    if modified_by:
        parts.append(f"<cp:lastModifiedBy>{modified_by}</cp:lastModifiedBy>")
    if language:
        parts.append(f"<dc:language>{language}</dc:language>")
    parts.append("</cp:coreProperties>")
    return "".join(parts)


def custom_label(name, enabled="true"):
    guid = "defa4170-0d19-0005-0004-bc88714345d2"
    props = [("Enabled", enabled), ("SetDate", "2025-01-01T00:00:00Z"), ("Method", "Standard"), ("Name", name)]
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="MSIP_Label_{guid}_{key}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
        for pid, (key, value) in enumerate(props, start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    )


def paragraph(text, style=None, change=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    if change == "insert":
        run = f'<w:ins w:id="1" w:author="Anna Andersson" w:date="2025-01-01T00:00:00Z">{run}</w:ins>'
    elif change == "delete":
        run = (
            '<w:del w:id="2" w:author="Anna Andersson" w:date="2025-01-01T00:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
        )
    return f"<w:p>{props}{run}</w:p>"


def heading_style(style_id, name):
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            '<w:pPr><w:keepNext/></w:pPr></w:style>')


def drawing(description=None):
    descr = f' descr="{description}"' if description else ""
    return (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Bild 1"{descr}/>'
        '</wp:inline></w:drawing></w:r></w:p>'
    )


def table(header):
    row_props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    cell = lambda text: f'<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'
    return (f"<w:tbl><w:tr>{row_props}{cell('Område')}{cell('Status')}</w:tr>"
            f"<w:tr>{cell('Norr')}{cell('Grön')}</w:tr></w:tbl>")


def docx(path, paragraphs, title=None, language="sv-SE", creator=None, modified_by=None,
         label=None, comments=False, macros=False, extra=None, pages=None,
         styles=(("Title", "Title"), ("Heading1", "heading 1"))):
    types = [
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    ]
    rels = [
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
    ]
    files = {
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body>{"".join(paragraphs)}</w:body></w:document>'
        ),
        "docProps/core.xml": core(title, language, creator, modified_by),
        "word/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
            + (f'<w:lang w:val="{language}"/>' if language else "")
            + "</w:rPr></w:rPrDefault></w:docDefaults>"
            + "".join(heading_style(style_id, name) for style_id, name in styles)
            + "</w:styles>"
        ),
    }
    if label:
        files["docProps/custom.xml"] = custom_label(label)
        types.append('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>')
    if comments:
        files["word/comments.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Bo Berg">'
            '<w:p><w:r><w:t>Ska vi verkligen skriva så här?</w:t></w:r></w:p></w:comment></w:comments>'
        )
    if macros:
        files["word/vbaProject.bin"] = "not a real macro project: only its name counts"
    if pages:
        files["docProps/app.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>Microsoft Office Word</Application><Pages>{pages}</Pages></Properties>"
        )
        types.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>')
    files.update(extra or {})
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(types) + "</Types>"
    )
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>"
    )
    write(path, files)


def pptx(path):
    P = "http://schemas.openxmlformats.org/presentationml/2006/main"
    A = "http://schemas.openxmlformats.org/drawingml/2006/main"

    def slide(title, picture_alt=None, with_picture=False):
        shapes = ""
        if title:
            shapes += (f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Rubrik 1"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>'
                       f'<p:txBody><a:p><a:r><a:t>{title}</a:t></a:r></a:p></p:txBody></p:sp>')
        shapes += ('<p:sp><p:nvSpPr><p:cNvPr id="3" name="Text 2"/><p:cNvSpPr/><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr>'
                   '<p:txBody><a:p><a:r><a:t>Text</a:t></a:r></a:p></p:txBody></p:sp>')
        if with_picture:
            descr = f' descr="{picture_alt}"' if picture_alt else ""
            shapes += f'<p:pic><p:nvPicPr><p:cNvPr id="4" name="Bild 3"{descr}/><p:cNvPicPr/><p:nvPr/></p:nvPicPr></p:pic>'
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld xmlns:p="{P}" xmlns:a="{A}">'
                f"<p:cSld><p:spTree>{shapes}</p:spTree></p:cSld></p:sld>")

    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
            '<Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
            '<Override PartName="/ppt/slides/slide2.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "ppt/presentation.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:p="{P}">'
            '<p:sldIdLst><p:sldId id="256"/><p:sldId id="257"/></p:sldIdLst></p:presentation>'
        ),
        "ppt/slides/slide1.xml": slide("Nätverksträff", with_picture=True, picture_alt="Karta över regionen"),
        "ppt/slides/slide2.xml": slide(None, with_picture=True),
        "docProps/core.xml": core("Nätverksträff"),
    }
    write(path, files)


def odf(path, kind, title=None, language="sv-SE", creator=None, annotation=False, tracked=False,
        macros=False, headings=True):
    mime = {"odt": "text", "ods": "spreadsheet", "odp": "presentation"}[kind]
    office = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    text_ns = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    meta_ns = 'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    meta = [f"<dc:title>{title}</dc:title>" if title else "",
            f"<dc:language>{language}</dc:language>" if language else "",
            f"<meta:initial-creator>{creator}</meta:initial-creator>" if creator else ""]
    body = ""
    if tracked:
        body += ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
                 '<office:change-info><dc:creator>Anna Andersson</dc:creator></office:change-info>'
                 '<text:p>Borttagen mening</text:p></text:deletion></text:changed-region></text:tracked-changes>')
    if headings:
        body += '<text:h text:outline-level="1">Åtgärder</text:h>'
    body += "".join(f"<text:p>Stycke {n} om hur vi arbetar.</text:p>" for n in range(12))
    if annotation:
        body += ('<text:p>Text<office:annotation><dc:creator>Bo Berg</dc:creator>'
                 '<text:p>Stämmer detta?</text:p></office:annotation></text:p>')
    files = {
        "mimetype": f"application/vnd.oasis.opendocument.{mime}",
        "META-INF/manifest.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.{mime}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"
        ),
        "meta.xml": (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {office} {dc} {meta_ns} office:version="1.3">'
                     f'<office:meta>{"".join(meta)}</office:meta></office:document-meta>'),
        "content.xml": (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {office} {text_ns} {dc} office:version="1.3">'
                        f"<office:body><office:{mime}>{body}</office:{mime}></office:body></office:document-content>"),
    }
    if macros:
        files["Basic/Standard/Module1.xml"] = "<script:module/>"
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w") as archive:
        # The mimetype first and stored, as the OpenDocument standard asks.
        info = zipfile.ZipInfo("mimetype", STAMP)
        info.compress_type = zipfile.ZIP_STORED
        archive.writestr(info, files.pop("mimetype"))
        for name in sorted(files):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name].encode("utf-8"))


def write(path, files):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files, key=lambda name: (name != "[Content_Types].xml", name)):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            data = files[name]
            archive.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def example_portal():
    docx(
        "content/mallar/projektplan.docx",
        [paragraph("Projektplan", "Title"), paragraph("Mål", "Heading1"), paragraph("Tidplan", "Heading1"),
         paragraph("Mötesformer", "Heading1"), paragraph("Mått", "Heading1")],
        title="Projektplan för förbättringsarbetet",
        pages=3,
    )
    docx(
        "content/mallar/trafikrapport/trafikrapportsmall.docx",
        [paragraph("Trafikrapport", "Title"), paragraph("Gjort", "Heading1"), paragraph("Pågår", "Heading1"),
         paragraph("Planerat", "Heading1"), paragraph("Hinder", "Heading1")],
        title="Trafikrapport – mall",
        pages=1,
    )


# The templates of other fixture sites: real Word files, as an editor's are.
TEMPLATES = [
    "tests/sites/the_search_index_holds_every_page_with_folded_words/content/mallar/rapport.docx",
    "tests/sites/pasted_html_links_are_resolved_like_markdown_links/content/mallar/mall.docx",
    "tests/sites/meetings_have_calendars/content/mallar/rapport.docx",
    "tests/sites/links_are_rewritten_to_pretty_urls/content/mallar/trafikrapport/Trafikrapport mall.docx",
    "tests/sites/kinds_render_with_their_navigation/content/mallar/rapport.docx",
    "tests/sites/a_site_writes_every_output_file/content/mallar/mall.docx",
    "tests/sites/a_meeting_is_made_in_the_browser_editor/content/mallar/trafikrapport/trafikrapport.docx",
]


def templates():
    for path in TEMPLATES:
        docx(path, [paragraph("Mall", "Title"), paragraph("Innehåll", "Heading1")], title="Mall")


def fixtures():
    site = "tests/sites/documents_not_for_the_public_stop_the_build_and_leftovers_are_warned/content/"
    body = [paragraph("Handlingsplan", "Title"), paragraph("Åtgärder", "Heading1")]
    docx(site + "ren.docx", body, title="Handlingsplan")
    docx(site + "konfidentiell.docx", body, title="Handlingsplan", label="Konfidentiell")
    docx(site + "publik.docx", body, title="Handlingsplan", label="Publik")
    docx(site + "makron.docm", body, title="Handlingsplan", macros=True)
    docx(site + "sparade-andringar.docx",
         body + [paragraph("Ny mening", change="insert"), paragraph("Gammal mening", change="delete")],
         title="Handlingsplan")
    docx(site + "kommentarer.docx", body, title="Handlingsplan", comments=True)
    docx(site + "namn.docx", body, title="Handlingsplan", creator="Anna Andersson", modified_by="Bo Berg")
    docx(site + "utan-titel.docx", body)
    long_text = [paragraph(f"Stycke {n} om hur vi arbetar.") for n in range(12)]
    docx(site + "utan-rubriker.docx", long_text, title="Handlingsplan")
    # Word's Swedish heading style: id Rubrik1, named "heading 1" as in every language.
    docx(site + "svenska-rubriker.docx", [paragraph("Bakgrund", "Rubrik1")] + long_text, title="Handlingsplan",
         styles=(("Rubrik1", "heading 1"),))
    docx(site + "bilder.docx", body + [drawing(), drawing("Flödesschema över processen"), drawing()], title="Handlingsplan")
    docx(site + "tabeller.docx", body + [table(header=False), table(header=True)], title="Handlingsplan")
    hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    docx(site + "lankar.docx", body, title="Handlingsplan", extra={
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId5" Type="{hyperlink}" Target="https://example.org/dokument/" TargetMode="External"/>'
            f'<Relationship Id="rId6" Type="{hyperlink}" Target="https://example.org/borttagen-sida/" TargetMode="External"/>'
            f'<Relationship Id="rId7" Type="{hyperlink}" Target="mailto:natverket@example.org" TargetMode="External"/>'
            "</Relationships>"
        ),
        "docProps/app.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Pages>3</Pages></Properties>"
        ),
    })
    pptx(site + "presentation.pptx")
    # A file of static/, published as it is: its findings are at the file.
    docx(site.replace("content/", "static/") + "blankett.docx", body, title="Blankett", label="Intern")
    odf(site + "ren.odt", "odt", title="Handlingsplan")
    odf(site + "odf-kvarlevor.odt", "odt", title="Handlingsplan", creator="Anna Andersson",
        annotation=True, tracked=True, headings=False)
    odf(site + "odf-makron.ods", "ods", title="Mätplan", macros=True)
    odf(site + "odf-utan-titel.odp", "odp", language="en-GB")
    docx(site + "engelska.docx", [paragraph("Action plan", "Title")], title="Action plan", language="en-GB")
    docx(site + "utan-sprak.docx", body, title="Handlingsplan", language=None)
    # A part that inflates past the cap: 40 MB of zeros, 40 KB in the zip.
    docx(site + "zipbomb.docx", body, title="Handlingsplan",
         extra={"docProps/core.xml": core("Handlingsplan") + " " * (40 * 1024 * 1024)})
    settings = "tests/sites/documents_settings_name_the_labels_and_turn_names_off/content/"
    docx(settings + "utkast.docx", body, title="Handlingsplan", label="Utkast")
    docx(settings + "godkand.docx", body, title="Handlingsplan", label="Godkänd")
    docx(settings + "konfidentiell.docx", body, title="Handlingsplan", label="Konfidentiell")
    docx(settings + "namn.docx", body, title="Handlingsplan", creator="Anna Andersson", modified_by="Bo Berg")
    full = os.path.join(ROOT, site + "trasig.docx")
    with open(full, "wb") as broken:
        broken.write(b"PK\x03\x04 this is no zip at all")


if __name__ == "__main__":
    example_portal()
    templates()
    fixtures()
