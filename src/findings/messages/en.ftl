# What Stegvis tells editors, in English. Every message here is in every
# other catalogue of this folder (a test checks it). A message's .help says
# what to do about it. Variables: $target (as written), $key, $value, …

## The printers

# After a finding that one template gives on several pages.
on-pages = {" "}(on { $pages } pages)
did-you-mean = — did you mean "{ $suggestion }"?

# GitHub shows at most 10 error and 10 warning annotations of a step.
github-more = { $errors ->
        [0] { $warnings } more { $warnings ->
            [one] warning
           *[other] warnings
        }
       *[other] { $errors } more { $errors ->
            [one] error
           *[other] errors
        }{ $warnings ->
            [0] {""}
           *[other] {" "}and { $warnings } more { $warnings ->
                [one] warning
               *[other] warnings
            }
        }
    } are not shown as annotations (GitHub shows { $shown } of each): they are in the log below and in the job summary.
findings-count = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
github-summary-place = Where
github-summary-kind = Kind
github-summary-message = What is wrong
github-summary-suggestion = Suggestion

## Kinds, with their article, for messages that name them

kind-a = { $kind ->
    [process] a process
    [phase] a phase
    [step] a step
    [template] a template
    [meeting] a meeting
    [material] a learning material
    [plan] a plan
    [area] an area
    [report] a traffic report
   *[page] a page
}

## Links in the text

link-on-computer = "{ $target }" is a file on { $place ->
        [share] a network share
       *[computer] someone's computer
    }, which readers of the portal cannot open
    .help = copy the file into content/, beside this page, and link to it by its name (e.g. plan.docx)
link-outside = "{ $target }" points outside content/
    .help = link only to files inside content/; for other sites use a full https:// address
link-draft = "{ $target }" is a draft and is not published
    .help = publish the page (draft: false), remove the link, or build with --drafts to preview
link-no-page = no page "{ $target }"
    .help = link to the source file, relative to this one (e.g. steg-2.md or ../mallar/mall.md)
link-to-output = "{ $target }" is where a page is published, not its source file
    .help = link to the page's Markdown file, { $source }: the link then works in previews too and follows the page when it moves
link-almost-spaces = "[{ $text }]({ $target })" is not a link, and is published as text: an address cannot hold spaces
    .help = write [{ $text }](<{ $target }>), or %20 for each space
link-almost-gap = "[{ $text }] ({ $target })" is not a link, and is published as text: there is a space between ] and (
    .help = write [{ $text }]({ $target })
link-almost-unclosed = "[{ $text }]({ $target }" is not a link, and is published as text: its address is never closed
    .help = end the address with ), as in [{ $text }]({ $target })
link-no-file = no file "{ $target }"
    .help = put the file in content/ and link to it relative to this page (e.g. bilaga.pdf, beside it)
link-no-image = no image "{ $target }"
    .help = put the image in content/ and write its name relative to this page: ![What it shows](bild.png)
link-own-site = no page or file at "{ $target }" on this site
    .help = this is the site's own address: link to the source file instead (e.g. ../om/principer.md), so that the link follows the page when it moves
fragment-missing = no heading or id "#{ $fragment }" in { $file }
    .help = link to a heading of that page as #its-id: its text in lowercase, with - for spaces

## References in front matter

reference-wrong-kind = "{ $target }" in { $field } is { $found }, not { $expected_a }
    .help = { $field } names only pages of the kind { $expected }
reference-draft = "{ $target }" in { $field } is a draft and is not published
    .help = publish it (draft: false), remove it from the list, or build with --drafts to preview
reference-missing = no page "{ $target }" for { $field }
    .help = name the content file relative to content/, e.g. mallar/trafikrapport.md

## Front matter

frontmatter-unknown-key = unknown key "{ $key }"
    .help = free-form data belongs under extra:
frontmatter-no-title = the front matter has no title
    .help = add a line such as: title: "Förberedelse"
frontmatter-not-a-date = invalid value for "{ $key }": "{ $value }" is not a real date
    .help = write dates as YYYY-MM-DD, e.g. 2025-02-28
frontmatter-not-one-of = invalid value for "{ $key }": "{ $value }" is not one of { $known }
frontmatter-not-a-boolean = invalid value for "{ $key }": "{ $value }" is not true or false
    .help = write { $key }: true or { $key }: false

## Lint

lint-placeholder = "{ $text }" is text left to fill in
    .help = write what belongs here, or take it out: the page is published as it stands
lint-empty-link = the link "{ $text }" goes nowhere
    .help = put the page or file it should open between the brackets, e.g. (../mallar/trafikrapport/index.md), or remove the link
lint-missing-alt = the image has no alternative text
    .help = describe what the image shows between the brackets: ![The flow from referral to start](bild.png); for an image that only decorates, write it as <img src="…" alt="">
lint-missing-alt-html = the image has no alt attribute
    .help = add alt="…" describing what it shows, or alt="" if it only decorates
lint-link-text = the link text "{ $text }" does not say where the link leads
    .help = let the link's own words name what it opens: [the traffic report template](…) rather than [click here](…)
lint-heading-one = "{ $text }" is a # heading; the page's title is its only one
    .help = start the text's headings at ## (and use ### below them)
lint-heading-skip = the heading "{ $text }" skips from level { $from } to level { $to }
    .help = write it with { $hashes } so that a screen-reader user hears where it belongs
lint-review-due = the page was to be reviewed by { $date }: { $owner } (its owner) is to read it again
    .help = read the page, correct what has changed, and set review_by: to the next date
lint-review-due-no-owner = the page was to be reviewed by { $date }, and it names no owner to do it
    .help = read the page, set review_by: to the next date, and name who is responsible with owner:

## Kinds and their fields

kind-not-a-field = "{ $key }" is not a field of { $kind_a } (it belongs to: { $owners })
    .help = { $fields ->
        [none] { $kind_a } has only the common fields
       *[other] the fields of { $kind_a } are { $fields }
    }; set kind: to change what this page is
kind-section = { $kind_a } is a section: write it as the _index.md of its folder
kind-phase-in-process = a phase belongs in a process: its folder's parent needs an _index.md with kind: process
kind-step-in-phase = a step belongs in a phase: put it in a folder whose _index.md has kind: phase
kind-area-in-plan = an area belongs in a plan: put it in a folder whose _index.md has kind: plan (or kind: area, for a sub-area)
kind-report-is-a-page = a report is a page, not a section: write it as a file of its own
item-unknown-key = unknown key "{ $key }" in { $item ->
        [agenda] an agenda item
        [goal] a goal
       *[indicator] an indicator
    }
    .help = { $item ->
        [agenda] an agenda item
        [goal] a goal
       *[indicator] an indicator
    } has { $keys }
item-missing-key = { $item ->
        [agenda] an agenda item
        [goal] a goal
       *[indicator] an indicator
    } needs { $key }:
    .help = write it like: - { $example }, one key per line
meeting-needs-date = a meeting needs a date
    .help = add a line such as: date: 2025-02-28
meeting-ends-before-start = the meeting ends before it starts
    .help = end: is the time the meeting ends, later than start:
meeting-not-a-time = invalid value for "{ $key }": "{ $value }" is not a time of day
    .help = write times as "HH:MM" in quotes, e.g. "09:00"
meeting-online-url = online_url: "{ $value }" is not a web address
    .help = write the join link as it begins, with https://, e.g. online_url: "https://meet.example.org/abc-123"
template-needs-file = a template needs file: the document to download
    .help = add a line such as: file: trafikrapportsmall.docx (relative to this page's folder)
template-no-file = no file "{ $file }" for the template
    .help = file: is relative to this page's folder, like a link in the text
template-file-outside = "{ $file }" lies outside content/
    .help = put the document in content/, beside the template's page
report-needs = a report needs { $key }:
    .help = add a line such as: { $key }: { $example }
report-organisation-empty = organisation is empty: name the organisation that reports
    .help = write it like: organisation: "Region Norr"
area-year-twice = the year { $year } has a goal already
    .help = each year has one goal: write them in one item
area-year-in-quotes = the year "{ $year }" of a goal is in quotes
    .help = write the year as a number, without quotes: year: 2025
area-not-a-year = the year of a goal is not a year: { $year }
    .help = write the year as a number, e.g. year: 2025
area-no-data = no data file "data/{ $file }" for the indicator
    .help = data: names a file under data/, e.g. nyckeltal/lokalvard.csv
area-no-numbers = data/{ $file } has no column of numbers to draw
    .help = an indicator's file has its categories (years, periods) first, then columns of numbers

## Files and pages

file-name-not-utf8 = the file name is not valid UTF-8
    .help = rename the file; names may use any letters, å ä ö æ ø included
file-not-utf8 = the file is not UTF-8 text
    .help = save the file as UTF-8; it may be in an older encoding such as ISO-8859-1 or Windows-1252
file-empty = the file is empty
    .help = a page needs front matter: a line ---, a line title: "…", and a line ---
file-link-loops = this symbolic link loops back to { $target }
    .help = remove the link, or point it at a folder of the site outside its own
file-link-dangles = this symbolic link points to { $target }, which does not exist
    .help = remove the link, or point it at a file of the site
file-link-outside = this symbolic link points to { $target }, outside the site's source folders (content/, static/, data/, themes/, templates/) or into a hidden folder such as .git; only files of those folders are published
    .help = copy the file into the site folder instead of linking to it
file-not-regular = this is not a regular file or folder (it is a pipe, a socket or a device), so it cannot be published
    .help = remove it from the site folder
url-same = { $first } and { $second } both become /{ $url }
    .help = rename one of them, or give one a different slug: in its front matter
url-same-lookalike = { $first } and { $second } both become /{ $url }: the names look alike but are written with different characters
    .help = rename one of them, or give one a different slug: in its front matter
reference-undefined = the reference [{ $label }] has no definition
    .help = add a line such as [{ $label }]: steg-2.md below the text, or correct the label
heading-id-twice = the id "{ $id }" is given twice on this page
    .help = give each heading its own {"{"}#id{"}"}; links to the id can reach only one of them

## The front matter itself

frontmatter-missing = the page has no front matter: its first line must be ---
    .help = start the file with front matter: a line ---, a line title: "…", and a line ---
frontmatter-unclosed = the front matter is never closed: no second --- line
    .help = end the front matter with a line holding only --- before the page text
frontmatter-empty = the front matter is empty: a page needs a title
    .help = add a line such as: title: "Förberedelse"
frontmatter-title-empty = the title is empty
    .help = write the page's title after title:, e.g. title: "Förberedelse"
frontmatter-control-character = the value of "{ $key }" holds a control character ({ $code }), which pages, feeds and calendars cannot show
    .help = remove it; such characters come with text pasted from other programs
frontmatter-invalid-yaml = the front matter is not readable YAML: { $detail }
yaml-colon = a colon and a space start a new key here, inside a value
yaml-duplicate-key = the key "{ $key }" is written twice
yaml-unclosed-bracket = the bracket { $bracket } that starts here is never closed
yaml-unclosed-quote = the quote that starts here is never closed
yaml-tab = a tab is used to indent
yaml-expected-key = a line here is neither a key: value nor an item of a list above it
yaml-parser = { $detail }
frontmatter-unknown-key-in = unknown key "{ $key }" in { $parent }
    .help = the keys allowed here are { $keys }
frontmatter-invalid-value = invalid value for "{ $key }": { $detail }

## Tables and charts

data-block-yaml = the { $block } block is not readable YAML: { $detail }
    .help = write one key per line: { $first }: …
data-block-no-keys = the { $block } block holds no keys
    .help = a { $block } block holds keys such as data: and { $example }:
data-block-unknown-key = unknown key "{ $key }" in a { $block } block
    .help = a { $block } block has { $keys }
data-block-needs = the { $block } block needs { $key }:
data-block-unexpected = the { $block } block is not as expected: { $detail }
data-no-file = no data file "data/{ $file }"
    .help = data: names a file under data/, e.g. nyckeltal/lokalvard.csv
data-no-column = { $key }: "{ $column }" is no column of data/{ $file }
    .help = its columns are { $columns }
data-not-a-number = "{ $text }" in the column { $column } is not a number, and a chart in { $page } plots it
    .help = write numbers as 68,5 or 68.5; leave the cell empty where there is no value
data-chart-type = type: "{ $type }" is not bar or line

## Order and addresses

weight-missing = this { $kind ->
        [phase] phase
       *[step] step
    } has no weight, so its place in the order comes from its title
    .help = give every { $kind ->
        [phase] phase
       *[step] step
    } a weight: 1, 2, 3, …
weight-twice = weight { $weight } is also the weight of { $other }; the title decides which comes first
    .help = give each its own weight
slug-empty = slug: "{ $slug }" gives an empty URL segment
    .help = write the slug with some letters or digits, such as slug: "om-oss"
name-empty = the name "{ $name }" gives an empty URL segment
    .help = rename the file with some letters or digits, or set slug: in its front matter

## Data files

table-column-names = cannot read the column names: { $detail }
    .help = the first row names the columns, separated by ; or ,
table-row-length = this row has { $cells } cells, but the first row names { $columns } columns
    .help = give every row as many cells as there are columns; an empty cell is written as nothing between two separators
table-row = cannot read this row: { $detail }

## stegvis new: the comments of a new page, and what to do next

new-template-comment = Put the document in this folder and name it here, then remove draft: true.
new-template-hint = put the document beside it in { $folder }, set file: to its name and remove draft: true
new-report-status-comment = green (according to plan), yellow (risk of deviation) or red (deviates)
new-report-draft-comment = Remove draft: true when the report is filled in.
new-report-hint = fill in organisation:, status: and the four lists, then remove draft: true

## site.toml

config-not-utf8 = site.toml is not UTF-8 text
    .help = save it as UTF-8; it may be in an older encoding such as ISO-8859-1 or Windows-1252
config-toml = site.toml does not read as TOML: { $detail }
    .help = a line is a key = value; text goes in quotes, e.g. title = "Nätverket"
config-unknown-key = unknown key "{ $key }" in site.toml
    .help = known keys here: { $keys }
config-language = language = "{ $value }" is not supported
    .help = use one of { $codes }
config-base-url = base_url = "{ $value }" is not an absolute http(s) URL
    .help = write it like "https://example.org/portal/"
config-timezone = timezone = "{ $value }" is not a known time zone
    .help = use a name from the time zone database, e.g. "Europe/Stockholm" or "Europe/Oslo"
config-external-level = external_level = "{ $value }" is not one of warning, error
    .help = write external_level = "warning" or external_level = "error"
config-no-rule = { $key }: there is no rule "{ $rule }"
    .help = the rules are { $rules }
config-placeholder-pattern = placeholder pattern "{ $pattern }" is not a regular expression: { $detail }
    .help = write it as a regular expression, e.g. "\\[fyll i\\]" for [fyll i]; a backslash is written twice in site.toml
config-exclude-pattern = exclude pattern "{ $pattern }" is not a regular expression: { $detail }
    .help = write it as a regular expression, e.g. "^https://intranet\\." ; a backslash is written twice in site.toml
config-not-text = { $key } is not text
    .help = write it in quotes, e.g. { $key } = "…"
config-accent-not-a-colour = accent = "{ $value }" is not a colour
    .help = write it as a hexadecimal colour, e.g. accent = "#1d5c4d"
config-accent-contrast = accent = "{ $value }" has a contrast of { $ratio }:1 against the white page, and links need at least 4.5:1
    .help = choose a darker shade of the colour, e.g. from the network's graphic profile
theme-no-logo = there is no file "{ $logo }" for the logo
    .help = put the logo in static/ and name it from the site folder, e.g. logo = "static/logo.svg"
theme-not-found = theme "{ $theme }" not found: there is no folder themes/{ $theme }/
    .help = the built-in theme is "default"; or create themes/{ $theme }/ with its templates/
menu-no-page = the menu entry "{ $title }" names no page: "{ $target }"
    .help = name a content file relative to content/, e.g. "process/_index.md"
menu-draft = the menu entry "{ $title }" names a draft: "{ $target }"
    .help = publish the page (draft: false), or take the entry out of the menu until it is

## The theme and its templates

template-unknown = no template "{ $template }" in the theme
    .help = name one of the theme's templates, or remove template: to use the page's own
template-missing = the theme has no template "{ $template }"
    .help = add it to templates/, or take it from the default theme
template-error = template error: { $detail }
template-override-breaks = { $template } of the default theme builds on { $overrides } of this site, which does not have the blocks it fills: keep them in the override, or override { $template } too
strings-missing = the theme strings have no { $keys }
    .help = Stegvis writes pages with these: add a line key = "…" for each (the default theme's i18n/ files have them all)
strings-months = months must list the twelve month names
    .help = write months = ["januari", "februari", …] with all twelve
strings-toml = the theme strings do not read as TOML: { $detail }
    .help = a line is a key = "text"; text goes in quotes
alias-too-long = the alias "{ $alias }" has a part longer than { $bytes } bytes, which no file system can hold
    .help = shorten the alias to a few words
alias-taken = the alias "{ $alias }" would replace another page or file of the site
    .help = choose another alias, or remove it
origin-file = { $file }
origin-theme-file = the default theme's { $file }
origin-generated = the file Stegvis writes at /{ $path }
url-two-files = { $first } and { $second } both become /{ $path }
    .help = { $generated ->
        [yes] rename or move the file: Stegvis writes that path itself
       *[no] rename or remove one of them
    }
url-segment-too-long = the URL segment "{ $segment }" is longer than { $bytes } bytes, which no file system can hold
    .help = shorten the slug: to a few words

## Reading files

file-cannot-read = cannot read the file: { $reason }
    .help = check that the file is still there and that no other program holds it, then save again
file-no-permission = you may not read this file
    .help = give yourself the right to read it (or ask whoever manages the folder), or remove it from the site
callout-not-one = this quote starts with [!{ $word }] but is no callout, so the page shows "[!{ $word }]" as text
    .help = a callout starts with > [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION] alone on its first line, and its text on the lines below
config-removed-url = [[removed]] url: "{ $url }" is no address of this site
    .help = write the address the page had, below the site's base path: url = "/gammal-nyhet/"
config-removed-date = [[removed]] date: "{ $date }" is no date
    .help = write the day it was removed: date = 2026-11-20
removed-live = [[removed]] url: { $url } is the address of a page of the site
    .help = a removed page's address cannot show a page too: remove the entry, or the page
history-shallow = this is a shallow clone of the site's repository, so its history is not read: old addresses get no redirects
    .help = fetch the whole history in CI: `fetch-depth: 0` under `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab)
history-url-two-pages = the address { $url } once belonged to two pages that are still here, so it redirects to neither
    .help = give the page that readers of { $url } want `aliases: ["{ $url }"]`
history-removed = the address { $url } was published from { $from } to { $to } (removed in commit { $commit }), and no page has it now
    .help = say where it went: `aliases: ["{ $url }"]` on the page that replaces it
document-label-not-public = the document is labelled "{ $label }", which is not for the public: it is not published
    .help = publish a version without the label (Word: Home → Sensitivity → Public, or ask whoever set it), or remove the link
document-label = the document carries the sensitivity label "{ $label }"
    .help = check that a document with this label may be published; if it may, ask for it to be labelled as public
document-macros = the document holds macros, which a public site does not publish
    .help = save it as .docx, .xlsx or .pptx without macros (File → Save as) and link to that
document-tracked-changes = the document still has tracked changes: every member can read what was deleted
    .help = accept or reject all changes (Word: Review → Accept all changes) and save it again
document-comments = the document still has comments
    .help = delete the comments (Word: Review → Delete all comments) and save it again
document-names = the document's properties name people ({ $names })
    .help = remove personal information from the file (Word: File → Info → Inspect document), unless the names are meant to be published
document-no-title = the document has no title, which screen readers and search results show in its place
    .help = give it a title (File → Info → Properties → Title) and save it again
document-no-language = the document does not say which language it is in, so screen readers read it with the wrong voice
    .help = set its language (Word: Review → Language → Set proofing language, for all the text) and save it again
document-other-language = the document is in { $language }, but the page that publishes it is in { $page }
    .help = publish the document in the page's language, or say on the page which language it is in; if the language is wrong in the file, set it (Word: Review → Language)
document-no-headings = the document is a long text without headings, so a screen reader cannot move through it
    .help = mark its headings with the heading styles (Word: Home → Styles → Heading 1, Heading 2) and save it again
document-images-without-alt = { $count ->
        [one] 1 image in the document has no text alternative
       *[other] { $count } images in the document have no text alternative
    }
    .help = describe each image (right-click → Edit Alt Text), or mark it as decorative, and save it again
document-tables-without-header = { $count ->
        [one] 1 table in the document has no header row
       *[other] { $count } tables in the document have no header row
    }
    .help = mark each table's first row as its header (Table Design → Header Row, and Layout → Repeat Header Rows) and save it again
document-slides-without-title = { $count ->
        [one] 1 slide has no title
       *[other] { $count } slides have no title
    }
    .help = give each slide a title in its title placeholder (it can be hidden off the slide) and save it again
document-title-not-shown = the PDF has a title, but a reader's window shows its file name instead
    .help = in the program that made it, choose to show the document title (Acrobat: File → Properties → Initial View → Show: Document Title), or export it again as an accessible PDF
document-not-tagged = the PDF has no tags, so a screen reader gets its text without headings, lists or reading order
    .help = export it again with tags (Word: File → Save as → PDF → Options → Document structure tags for accessibility), or ask for an accessible version
document-image-only = { $count ->
        [one] 1 page of the PDF is only an image (scanned): its text cannot be read aloud, searched or enlarged
       *[other] { $count } pages of the PDF are only images (scanned): their text cannot be read aloud, searched or enlarged
    }
    .help = publish the original document as an accessible PDF, or run text recognition (OCR) on the scan and check the result
document-locked = the PDF forbids copying its text, for assistive technology too, so screen readers may not read it
    .help = export it again without that restriction (Acrobat: File → Properties → Security → No Security)
document-password = the document opens only with a password, so members cannot read it
    .help = publish a version without a password
document-too-slow = the document took too long to read and was not checked
    .help = open it in its program and save it again; a file that takes this long to read is probably damaged or crafted
document-link-own-site = the document links to { $target }, which is not on this site
    .help = correct the link in the document and save it again, or give the page that replaced it the old address in aliases:
document-too-large = the document is too large to be read before it is published
    .help = make it smaller (compress its images), or split it into several documents
document-unreadable = the document cannot be read: { $reason }
    .help = open it in its program and save it again; a damaged file is not published
content-too-deep = elements nest more than { $levels } levels deep here (quotes inside quotes, or pasted HTML); browsers stop nesting at that depth, so the page will not look as written
    .help = close each HTML element you open (</div> for <div>), or nest quotes and lists less deeply
frontmatter-invalid = invalid front matter: { $detail }
    .help = front matter is keys with values, one per line, such as title: "Förberedelse"
item-invalid = { $item ->
        [agenda] an agenda item
        [goal] a goal
       *[indicator] an indicator
    } does not read: { $detail }
    .help = an item is written like: - { $example }, one key per line
image-unreadable = the image cannot be read ({ $detail }); it is published as it is, without smaller copies and with what the camera wrote into it
    .help = open it in an image editor and save it again as JPEG or PNG
image-large = the image is { $size } kB, over the limit of { $limit } kB
    .help = pages show smaller copies, but whoever opens the original downloads it: save it smaller (2000 pixels wide is plenty), or raise [images] warn_over_kb
data-not-utf8 = the file is not text as a spreadsheet saves it (UTF-8, UTF-16 or Windows-1252)
    .help = open it in Excel and save it as UTF-8: File → Save As → "CSV UTF-8 (Comma delimited)"
data-yaml-unreadable = cannot read the table: { $detail }
    .help = a YAML table is a list of records: - sjukhus: Borås, one key per line
data-toml-unreadable = cannot read the table: { $detail }
    .help = a TOML table is one list of records: [[sjukhus]] above each record's keys
data-column-duplicate = the column name "{ $column }" is written twice, and a chart or table names a column by its name
    .help = give each column a name of its own in the first row
data-column-empty = column { $n } has no name, so no chart or table can name it
    .help = name it in the first row, or remove the column
data-formula-cell = "{ $text }" begins like a spreadsheet formula, and this file is offered for download: a spreadsheet that opens it may run it
    .help = if it is text, begin it with a letter or a space instead; a number is written as 68,5 or −3
data-too-large = the file is { $size } MB, more than the { $limit } MB a table may be, so it is not read
    .help = a table is for the key figures pages show: keep those rows and columns here, and publish the whole file as an attachment in content/
data-large = the file is { $size } MB; a table over { $limit } MB makes every build and the pages that show it slow
    .help = a table is for the key figures pages show: keep those rows and columns here, and publish the whole file as an attachment in content/
data-too-many-rows = the table has { $rows } rows, more than the { $limit } a table may have, so it is not read
    .help = a table is for the key figures pages show: keep those rows here, and publish the whole file as an attachment in content/
data-many-rows = the table has { $rows } rows; a table over { $limit } makes the pages that show it slow
    .help = a table is for the key figures pages show: keep those rows here, and publish the whole file as an attachment in content/
data-too-many-categories = the chart would draw { $rows } categories, more than the { $limit } that fit on one
    .help = make a smaller table of the rows to compare, or show this one as a table block

## What to write instead, by what went wrong

help-yaml-duplicate = each key may appear once: remove or rename one of them
help-yaml-colon = put a value with a colon in it in quotes: title: "Möte: planering"
help-yaml-bracket = close it on the same line (tags: [a, b]), or put the text in quotes if the bracket belongs to it
help-yaml-tabs = YAML is indented with spaces, not tabs: replace the tab with spaces
help-yaml-too-deep = the front matter is too deeply nested or repeats itself too much; keep it to plain keys and lists
help-yaml-keys = front matter is keys with values, one per line, such as title: "Förberedelse"
help-yaml-quoting = check the quoting and indentation on this line; text with a colon in it needs quotes
help-value-weight = write a whole number, e.g. 10
help-value-short-list = write { $key } as a list, e.g. ["a", "b"]
help-value-list = write { $key } as a list: one item per line below it, each starting with -
help-value-number = write a whole number, without quotes
help-value-keys = write { $key } with its own keys below it, indented, one per line
help-value-text = write a plain text value; put it in quotes if it contains a colon

## The rendered pages (stegvis check)

html-link = <{ $element } { $attribute }="{ $value }">: { $problem }
    .help = the link is in the page's HTML: in its raw HTML, or in the template that wrote it
html-link-empty = the link is empty
html-link-outside-base = it lies outside the site's base path { $base }
html-link-no-file = no such page or file in the site
html-link-no-id = no id "{ $id }" on { $page }
html-id-twice = the id "{ $id }" is used twice on the page
    .help = an id may be used once on a page: change one of them
help-id-of-the-theme = the theme uses this id itself: give the heading another {"{"}#id{"}"}

## Links to other sites (stegvis check --external)

document-external-url = { $url }, linked from the document { $document }: { $outcome }
    .help = open the address in a browser; correct the link in the document and save it again if it does not work for readers either
external-url = { $url }: { $outcome }{ $uses ->
        [1] {""}
       *[other] {" "}(linked { $uses } times)
    }
    .help = open the address in a browser; change or remove the link if it does not work for readers either
external-moved = moved; link to the new address
external-broken = broken ({ $why })
external-login = needs a login ({ $status })
external-slow-down = the server asked us to slow down (429); try again later
external-timeout = no answer in time
external-out-of-time = no final answer within { $seconds } s ({ $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    }{ $redirects ->
        [0] {""}
        [one] , { $redirects } redirect
       *[other] , { $redirects } redirects
    }{ $status ->
        [none] {""}
       *[other] , the server kept answering { $status } and asking to wait
    }); gave up
external-failed = failed ({ $why })

## The preview

serve-panicked = Stegvis failed on this version of the site (a bug: please report it); the preview shows the last good build
render-panicked = Stegvis failed while writing this page (a bug in Stegvis: please report it with this page): { $detail }

## The browser editor (stegvis cms)

cms-kept-changed = kept { $at } as it is in config.yml: it was changed by hand, and the site now says something else there
cms-kept-gone = kept { $at }: the site no longer has it, but it was changed by hand in config.yml; remove it there if it is not wanted
cms-kept-unknown = kept { $at } as it is in config.yml (the site says otherwise; with no record of what stegvis cms wrote last, a value is taken to be set by hand)
cms-unlisted = { $count ->
        [one] 1 page takes its kind from its section and does not write it
       *[other] { $count } pages take their kind from their section and do not write it
    }, and the editor lists only pages that do ({ $pages }): run stegvis cms --add-kinds to write it into them
cms-no-decap = the admin page loads Decap CMS from static/admin/{ $script }, which is not there yet: copy dist/decap-cms.js of the npm package decap-cms there (README: "Editing in the browser")

## A new portal (stegvis init)

init-site-title = Our improvement network
init-site-description = The network's shared way of working, meetings and templates.
init-home-body = Here the network keeps its shared way of working: { $process }, { $meetings } and { $templates }.
init-process-title = The process
init-process-description = How we work, phase by phase.
init-process-body = The process has phases, and each phase has steps.
init-phase-title = Preparation
init-phase-purpose = The team is formed and its assignment made clear.
init-phase-outcome = A team with an assignment that management stands behind.
init-step-title = Form the team
init-step-body = The team is formed: who takes part, who leads the work and how often the team meets.
init-meetings-title = Meetings
init-meetings-description = The network's meetings with agenda and papers.
init-meeting-title = The network's first meeting
init-meeting-location = To be announced
init-agenda-welcome = Welcome and agenda
init-agenda-work = How we go on from here
init-templates-title = Templates
init-templates-description = Document templates to download and fill in.
init-done = The new portal is in { $dir }. Preview it with: stegvis serve --root { $dir }
    .help = The CI files .github/workflows/portal.yml (GitHub) and .gitlab-ci.yml (GitLab) build the portal on every change and publish it; keep the one you use and delete the other.
init-pages = Before the first push to GitHub, switch Pages on: the repository's Settings → Pages → Source: "GitHub Actions". GitLab publishes with Pages as it is.
init-holds-a-site = { $dir } already holds a site ({ $file }); stegvis init writes only into a folder without one
init-file-exists = { $file } already exists; stegvis init never overwrites a file. Move it or choose another folder.
init-figures-title = Key figures
init-figures-description = Waiting time to a first visit at the network's units, against the national median.
init-figures-body = The waiting time to a first visit, in days, at the network's units. The dashed line is the national median.
init-figures-chart = Waiting time to a first visit
init-figures-unit = days
init-figures-category = unit
init-figures-value = waiting_time
init-figures-median = median
init-figures-median-label = National median
init-figures-row = Unit { $n }
init-figures-guide = An example with made-up figures, hence a draft (draft: true): replace the figures in { $file } with your own and remove the draft line. Stegvis' README describes charts and tables.
init-templates-guide = Add a template with `stegvis new template "The template's name"` and put its file beside it.
init-step-guide = Describe what the team does in this step, who does what, and when the step is done.
init-process-guide = Add a step with `stegvis new step "The step's name"`.
init-home-guide = Rewrite the text below: the home page shows it.
init-a11y-organisation = Our organisation
init-a11y-method = The site is new. The default theme is tested with automatic tools (axe-core) and a keyboard; the content has not been reviewed yet.
init-a11y-known = The content is new and has not been reviewed yet.

# The preview (serve): its error dialog, warnings and overview.
serve-errors-heading = The site could not be built
serve-errors-intro = Fix the errors below and save; the page reloads by itself. Meanwhile the last working version is shown.
serve-close = Close
serve-warnings-on-page = { $n ->
        [one] 1 warning on this page
       *[other] { $n } warnings on this page
    }
serve-all-findings = All errors and warnings of the portal
serve-more-errors = { $n ->
        [one] and 1 more error
       *[other] and { $n } more errors
    }
serve-hide = Hide the warnings
serve-overview-title = To fix in the portal
serve-overview-intro = Everything the preview has found, page by page. This page updates when you save. It exists only here, never in the published portal.
serve-none = Nothing to fix.
serve-review-heading = Pages to review
serve-by-page-heading = By page
serve-documents-heading = Documents to fix
serve-by-owner-heading = By owner
serve-no-owner = No owner given
serve-page = Page
serve-owner = Owner
serve-review-by = Review by
serve-error = error
serve-warning = warning

# What the commands say (new, cms, init), and why a file could not be written.
io-exists = a file of that name exists already
io-no-permission = you have no permission to write there
io-not-found = the folder or file does not exist
io-disk-full = the disk is full
io-read-only = the disk can only be read
io-other = { $reason }
file-cannot-write = cannot write { $path }: { $reason }
place-not-plain = { $path } is not a path inside the site (no .., no absolute path)
place-link = { $path } is a symbolic link; stegvis writes into the site only, never through a link
place-unreadable = { $path }: { $reason }
answer-unreadable = cannot read the answer: { $reason }
new-title-control = the title "{ $title }" holds a control character ({ $code }); write it on one line, without it
new-title-no-letters = the title "{ $title }" has no letters or digits to make a file name from
new-area-not-in-plan = an area belongs in a plan, and content/{ $folder } is not one; name a plan's folder with --section, or make one: a folder whose _index.md has kind: plan
new-cannot-write-kind = stegvis new cannot write a page of kind { $kind }
new-no-folder = there is no folder content/{ $folder }; name a folder under content/ with --section
new-section-refused = --section: { $why }; name a folder under content/
new-report-no-areas = a report is on an area, and the site has none; write the area first: stegvis new area "…"
new-not-an-area = "{ $given }" is not an area
new-not-an-area-like = "{ $given }" is not an area — did you mean "{ $suggestion }"?
new-name-the-area = name the area the report is on with --area, one of: { $areas }
new-which-area = Which area does the report concern?
new-number-or-path = Number or path:
cms-not-ours = { $path } was not written by stegvis cms; move it, or replace it with --force
cms-config-unreadable = { $why }; fix it (the browser editor cannot read it either), or write a new one with --force
cms-no-front-matter = { $path }: its front matter does not start with ---; write --- as its first line

# What a page loads from other origins (privacy).
privacy-third-party = the page loads { $url } from { $host }: the address of each visitor goes to { $host } before they choose to
    .help = link to it instead (then the reader chooses), or put the file on the site; if it is meant, allow the origin in site.toml: [privacy] allow = ["{ $origin }"]
config-privacy-origin = [privacy] allow: "{ $origin }" is not an origin
    .help = write the scheme and the host only, as in https://www.youtube-nocookie.com

# The accessibility statement ([accessibility]).
config-a11y-missing = [accessibility] has no { $key }: the accessibility statement must give { $what }
    .help = add it to [accessibility] in site.toml; README ("Publishing lawfully") shows every key
a11y-what-country = the country whose rules apply (se, no or dk)
a11y-what-organisation = the name of the organisation behind the site
a11y-what-conformance = how far the site conforms: full, partial or none
a11y-what-assessed = the date of the last assessment
a11y-what-method = how the site was assessed (a self-assessment with automatic tools and manual checks, say)
a11y-what-known-problems = what is not accessible, and why (known_problems), as the site does not fully conform
a11y-what-feedback = a way to report barriers: feedback (a web address) or contact (an e-mail address)
config-a11y-country = [accessibility] country: "{ $country }" is not one of se, no and dk
config-a11y-conformance = [accessibility] conformance: "{ $conformance }" is not one of full, partial and none
config-a11y-date = [accessibility]: "{ $date }" is not a date; write it as 2026-09-01
config-a11y-url = [accessibility] { $key }: "{ $url }" is not a web address; write it with https://
config-a11y-host = [accessibility] { $key }: "{ $url }" is not an address at { $host }
a11y-assessment-old = the accessibility statement was last assessed { $date }, more than 12 months ago: the law asks for a review every year
    .help = assess the site again and write the new date in [accessibility] assessed
a11y-statement-elsewhere = [accessibility] has no { $key }: the accessibility statement is published with the agency, and every page must link it
    .help = publish the statement there and give its address: { $key } = "https://…"
a11y-unconfirmed = the accessibility statement lists { $count ->
        [one] one problem
       *[other] { $count } problems
    } the checks found that known_problems does not name: { $names }
    .help = confirm each in [accessibility] known_problems (what is not accessible, why, and when it will be fixed), or fix it
