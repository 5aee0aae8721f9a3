# Det Stegvis sier til redaktørene, på bokmål.

## Utskriftene

# After a finding that one template gives on several pages.
on-pages = {" "}(på { $pages } sider)
did-you-mean = – mente du "{ $suggestion }"?

# GitHub viser høyst 10 feil- og 10 advarselsmerknader per steg.
github-more = { $errors ->
        [0] { $warnings } { $warnings ->
            [one] advarsel
           *[other] advarsler
        }
       *[other] { $errors } { $errors ->
            [one] feil
           *[other] feil
        }{ $warnings ->
            [0] {""}
           *[other] {" "}og { $warnings } { $warnings ->
                [one] advarsel
               *[other] advarsler
            }
        }
    } til vises ikke som merknader (GitHub viser { $shown } av hvert slag): de står i loggen nedenfor og i jobbens sammendrag.
findings-count = { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }
github-summary-place = Sted
github-summary-kind = Type
github-summary-message = Hva som er feil
github-summary-suggestion = Forslag

## Innholdstypene, med ubestemt artikkel

kind-a = { $kind ->
    [process] en prosess
    [phase] en fase
    [step] et steg
    [template] en mal
    [meeting] et møte
    [material] et læringsmateriell
    [plan] en plan
    [area] et delområde
    [report] en trafikkrapport
   *[page] en side
}

## Lenker i teksten

link-on-computer = "{ $target }" er en fil på { $place ->
        [share] en nettverksdisk
       *[computer] noens datamaskin
    }, og den kan ikke portalens lesere åpne
    .help = kopier filen til content/, ved siden av denne siden, og lenk til den med navnet (for eksempel plan.docx)
link-outside = "{ $target }" peker utenfor content/
    .help = lenk bare til filer i content/; til andre nettsteder med en hel https://-adresse
link-draft = "{ $target }" er et utkast og publiseres ikke
    .help = publiser siden (draft: false), fjern lenken eller bygg med --drafts for å forhåndsvise
link-no-page = ingen side heter "{ $target }"
    .help = lenk til kildefilen, regnet fra denne filen (for eksempel steg-2.md eller ../maler/mal.md)
link-to-output = "{ $target }" er der en side publiseres, ikke kildefilen
    .help = lenk til sidens Markdown-fil, { $source }: da virker lenken også i forhåndsvisninger og følger med når siden flyttes
link-almost-spaces = "[{ $text }]({ $target })" er ingen lenke og publiseres som tekst: en adresse kan ikke inneholde mellomrom
    .help = skriv [{ $text }](<{ $target }>), eller %20 for hvert mellomrom
link-almost-gap = "[{ $text }] ({ $target })" er ingen lenke og publiseres som tekst: det står et mellomrom mellom ] og (
    .help = skriv [{ $text }]({ $target })
link-almost-unclosed = "[{ $text }]({ $target }" er ingen lenke og publiseres som tekst: adressen avsluttes aldri
    .help = avslutt adressen med ), som i [{ $text }]({ $target })
link-no-file = ingen fil heter "{ $target }"
    .help = legg filen i content/ og lenk til den regnet fra denne siden (for eksempel vedlegg.pdf, ved siden av siden)
link-no-image = ikke noe bilde heter "{ $target }"
    .help = legg bildet i content/ og skriv navnet regnet fra denne siden: ![Hva bildet viser](bilde.png)
link-own-site = det finnes ingen side eller fil på "{ $target }" i portalen
    .help = dette er portalens egen adresse: lenk heller til kildefilen (for eksempel ../om/prinsipper.md), så følger lenken med når siden flyttes
fragment-missing = det finnes ingen overskrift eller id "#{ $fragment }" i { $file }
    .help = lenk til en overskrift på siden som #dens-id: overskriftens tekst med små bokstaver og - i stedet for mellomrom

## Henvisninger i sidehodet

reference-wrong-kind = "{ $target }" i { $field } er { $found }, ikke { $expected_a }
    .help = { $field } henviser bare til sider av typen { $expected }
reference-draft = "{ $target }" i { $field } er et utkast og publiseres ikke
    .help = publiser den (draft: false), fjern den fra listen eller bygg med --drafts for å forhåndsvise
reference-missing = ingen side heter "{ $target }" i { $field }
    .help = skriv innholdsfilens sti regnet fra content/, for eksempel maler/trafikkrapport.md

## Sidehodet

frontmatter-unknown-key = ukjent nøkkel "{ $key }"
    .help = egne opplysninger skrives under extra:
frontmatter-no-title = sidehodet mangler title
    .help = legg til en linje som: title: "Forberedelse"
frontmatter-not-a-date = feil verdi for "{ $key }": "{ $value }" er ingen ekte dato
    .help = skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2025-02-28
frontmatter-not-one-of = feil verdi for "{ $key }": "{ $value }" er ikke en av { $known }
frontmatter-not-a-boolean = feil verdi for "{ $key }": "{ $value }" er verken true eller false
    .help = skriv { $key }: true eller { $key }: false

## Gjennomgang før publisering

lint-placeholder = "{ $text }" er tekst som skal fylles ut
    .help = skriv det som skal stå her, eller ta det bort: siden publiseres slik den står
lint-empty-link = lenken "{ $text }" fører ingen steder
    .help = skriv siden eller filen den skal åpne mellom parentesene, for eksempel (../maler/trafikkrapport/index.md), eller fjern lenken
lint-missing-alt = bildet mangler alternativ tekst – beskriv hva det viser
    .help = skriv hva bildet viser mellom hakeparentesene: ![Flyten fra henvisning til oppstart](bilde.png); et bilde som bare pynter skrives som <img src="…" alt="">
lint-missing-alt-html = bildet mangler attributtet alt
    .help = legg til alt="…" som beskriver hva det viser, eller alt="" om det bare pynter
lint-link-text = lenketeksten "{ $text }" sier ikke hvor lenken fører
    .help = la lenkens egne ord si hva den åpner: [trafikkrapportmalen](…) i stedet for [klikk her](…)
lint-heading-one = "{ $text }" er en #-overskrift; sidens tittel er dens eneste
    .help = begynn tekstens overskrifter med ## (og ### under dem)
lint-heading-skip = overskriften "{ $text }" hopper fra nivå { $from } til nivå { $to }
    .help = skriv den med { $hashes } så den som lytter med skjermleser hører hvor den hører hjemme
lint-review-due = siden skulle vært gjennomgått innen { $date }: { $owner } (sidens eier) må lese den igjen
    .help = les siden, rett det som er endret, og sett review_by: til neste dato
lint-review-due-no-owner = siden skulle vært gjennomgått innen { $date }, og den oppgir ingen eier som gjør det
    .help = les siden, sett review_by: til neste dato og skriv hvem som er ansvarlig med owner:

## Innholdstypene og feltene deres

kind-not-a-field = "{ $key }" er ikke et felt for { $kind_a } (det hører til: { $owners })
    .help = { $fields ->
        [none] { $kind_a } har bare de felles feltene
       *[other] feltene for { $kind_a } er { $fields }
    }; endre kind: for å endre hva siden er
kind-section = { $kind_a } er en seksjon: skriv den som _index.md i mappen sin
kind-phase-in-process = en fase hører til en prosess: mappen over trenger en _index.md med kind: process
kind-step-in-phase = et steg hører til en fase: legg det i en mappe der _index.md har kind: phase
kind-area-in-plan = et delområde hører til en plan: legg det i en mappe der _index.md har kind: plan (eller kind: area, for et delområde i et delområde)
kind-report-is-a-page = en trafikkrapport er en side, ikke en seksjon: skriv den som en egen fil
item-unknown-key = ukjent nøkkel "{ $key }" i { $item ->
        [agenda] et dagsordenpunkt
        [goal] et mål
       *[indicator] en indikator
    }
    .help = { $item ->
        [agenda] et dagsordenpunkt
        [goal] et mål
       *[indicator] en indikator
    } har { $keys }
item-missing-key = { $item ->
        [agenda] et dagsordenpunkt
        [goal] et mål
       *[indicator] en indikator
    } trenger { $key }:
    .help = skriv slik: - { $example }, én nøkkel per linje
meeting-needs-date = et møte trenger en dato
    .help = legg til en linje som: date: 2025-02-28
meeting-ends-before-start = møtet slutter før det begynner
    .help = end: er tiden møtet slutter, senere enn start:
meeting-not-a-time = feil verdi for "{ $key }": "{ $value }" er ikke et klokkeslett
    .help = skriv klokkeslett som "TT:MM" i anførselstegn, for eksempel "09:00"
meeting-online-url = online_url: "{ $value }" er ikke en nettadresse
    .help = skriv lenken til møtet slik den begynner, med https://, for eksempel online_url: "https://meet.example.org/abc-123"
template-needs-file = en mal trenger file: dokumentet som lastes ned
    .help = legg til en linje som: file: trafikkrapportmal.docx (regnet fra malsidens mappe)
template-no-file = ingen fil heter "{ $file }" for malen
    .help = file: regnes fra denne sidens mappe, som en lenke i teksten
template-file-outside = "{ $file }" ligger utenfor content/
    .help = legg dokumentet i content/, ved siden av malens side
report-needs = en trafikkrapport trenger { $key }:
    .help = legg til en linje som: { $key }: { $example }
report-organisation-empty = organisation er tom: skriv hvilken organisasjon som rapporterer
    .help = skriv den som: organisation: "Region Nord"
area-year-twice = året { $year } har allerede et mål
    .help = hvert år har ett mål: skriv dem i samme punkt
area-year-in-quotes = året "{ $year }" for et mål står i anførselstegn
    .help = skriv året som et tall, uten anførselstegn: year: 2025
area-not-a-year = året for et mål er ikke et år: { $year }
    .help = skriv året som et tall, for eksempel year: 2025
area-no-data = ingen datafil heter "data/{ $file }" for indikatoren
    .help = data: angir en fil i data/, for eksempel nokkeltall/renhold.csv
area-no-numbers = data/{ $file } har ingen kolonne med tall å tegne
    .help = indikatorens fil har først kategoriene (år, perioder), deretter kolonner med tall

## Filer og sider

file-name-not-utf8 = filnavnet er ikke gyldig UTF-8
    .help = gi filen nytt navn; navn kan inneholde alle bokstaver, også å æ ø
file-not-utf8 = filen er ikke tekst i UTF-8
    .help = lagre filen som UTF-8; den kan være lagret i en eldre tegnkoding som ISO-8859-1 eller Windows-1252
file-empty = filen er tom
    .help = en side trenger et sidehode: en linje ---, en linje title: "…" og en linje ---
file-link-loops = den symbolske lenken fører tilbake til { $target }
    .help = fjern lenken, eller la den peke på en annen mappe i nettstedet
file-link-dangles = den symbolske lenken peker på { $target }, som ikke finnes
    .help = fjern lenken, eller la den peke på en fil i nettstedet
file-link-outside = den symbolske lenken peker på { $target }, utenfor nettstedets kildemapper (content/, static/, data/, themes/, templates/) eller inn i en skjult mappe som .git; bare filer i de mappene publiseres
    .help = kopier filen til nettstedets mappe i stedet for å lenke til den
file-not-regular = dette er ikke en vanlig fil eller mappe (det er en pipe, en socket eller en enhet), så den kan ikke publiseres
    .help = fjern den fra nettstedets mappe
url-same = { $first } og { $second } blir begge /{ $url }
    .help = gi en av dem nytt navn, eller gi en av dem en annen slug: i sidehodet
url-same-lookalike = { $first } og { $second } blir begge /{ $url }: navnene ser like ut, men er skrevet med ulike tegn
    .help = gi en av dem nytt navn, eller gi en av dem en annen slug: i sidehodet
reference-undefined = henvisningen [{ $label }] er ikke definert
    .help = legg til en linje som [{ $label }]: steg-2.md under teksten, eller rett etiketten
heading-id-twice = id-en "{ $id }" finnes to ganger på siden
    .help = gi hver overskrift sin egen {"{"}#id{"}"}; lenker til id-en kan bare nå én av dem

## Selve sidehodet

frontmatter-missing = siden har ikke noe sidehode: den første linjen må være ---
    .help = begynn filen med et sidehode: en linje ---, en linje title: "…" og en linje ---
frontmatter-unclosed = sidehodet avsluttes aldri: det finnes ingen andre linje med ---
    .help = avslutt sidehodet med en linje med bare --- før sidens tekst
frontmatter-empty = sidehodet er tomt: en side trenger en title
    .help = legg til en linje som: title: "Forberedelse"
frontmatter-title-empty = title er tom
    .help = skriv sidens tittel etter title:, for eksempel title: "Forberedelse"
frontmatter-control-character = verdien av "{ $key }" inneholder et kontrolltegn ({ $code }), som sider, strømmer og kalendere ikke kan vise
    .help = fjern det; slike tegn følger med tekst som limes inn fra andre programmer
frontmatter-invalid-yaml = sidehodet kan ikke leses som YAML: { $detail }
yaml-colon = et kolon og et mellomrom starter en ny nøkkel her, midt i en verdi
yaml-duplicate-key = nøkkelen "{ $key }" står to ganger
yaml-unclosed-bracket = parentesen { $bracket } som starter her, lukkes aldri
yaml-unclosed-quote = anførselstegnet som starter her, lukkes aldri
yaml-tab = en tabulator brukes til innrykk
yaml-expected-key = en linje her er verken nøkkel: verdi eller et punkt i en liste over
yaml-parser = { $detail }
frontmatter-unknown-key-in = ukjent nøkkel "{ $key }" i { $parent }
    .help = nøklene som kan stå her, er { $keys }
frontmatter-invalid-value = feil verdi for "{ $key }": { $detail }

## Tabeller og diagrammer

data-block-yaml = { $block }-blokken kan ikke leses som YAML: { $detail }
    .help = skriv én nøkkel per linje: { $first }: …
data-block-no-keys = { $block }-blokken inneholder ingen nøkler
    .help = en { $block }-blokk inneholder nøkler som data: og { $example }:
data-block-unknown-key = ukjent nøkkel "{ $key }" i en { $block }-blokk
    .help = en { $block }-blokk har { $keys }
data-block-needs = { $block }-blokken trenger { $key }:
data-block-unexpected = { $block }-blokken er ikke som ventet: { $detail }
data-no-file = ingen datafil heter "data/{ $file }"
    .help = data: angir en fil i data/, for eksempel nokkeltall/renhold.csv
data-no-column = { $key }: "{ $column }" er ingen kolonne i data/{ $file }
    .help = kolonnene er { $columns }
data-not-a-number = "{ $text }" i kolonnen { $column } er ikke et tall, og et diagram i { $page } tegner den
    .help = skriv tall som 68,5 eller 68.5; la cellen stå tom der det ikke finnes noen verdi
data-chart-type = type: "{ $type }" er verken bar eller line

## Rekkefølge og adresser

weight-missing = { $kind ->
        [phase] fasen
       *[step] steget
    } har ingen weight, så plassen i rekkefølgen bestemmes av tittelen
    .help = gi { $kind ->
        [phase] hver fase
       *[step] hvert steg
    } en weight: 1, 2, 3, …
weight-twice = weight: { $weight } har også { $other }; tittelen avgjør hvilken som kommer først
    .help = gi hver sin egen weight
slug-empty = slug: "{ $slug }" gir en tom del av adressen
    .help = skriv en slug med bokstaver eller sifre, som slug: "om-oss"
name-empty = navnet "{ $name }" gir en tom del av adressen
    .help = gi filen et navn med bokstaver eller sifre, eller sett slug: i sidehodet

## Datafiler

table-column-names = kolonnenavnene kan ikke leses: { $detail }
    .help = første rad navngir kolonnene, atskilt med ; eller ,
table-row-length = raden har { $cells } celler, men første rad navngir { $columns } kolonner
    .help = gi hver rad like mange celler som det er kolonner; en tom celle skrives som ingenting mellom to skilletegn
table-row = raden kan ikke leses: { $detail }

## stegvis new: kommentarene i en ny side, og hva du gjør etterpå

new-template-comment = Legg dokumentet i denne mappen og skriv navnet her, og fjern så draft: true.
new-template-hint = legg dokumentet ved siden av siden i { $folder }, skriv navnet i file: og fjern draft: true
new-report-status-comment = green (i henhold til plan), yellow (fare for avvik) eller red (avviker)
new-report-draft-comment = Fjern draft: true når rapporten er fylt ut.
new-report-hint = fyll ut organisation:, status: og de fire listene, og fjern så draft: true

## site.toml

config-not-utf8 = site.toml er ikke tekst i UTF-8
    .help = lagre filen som UTF-8; den kan være lagret i en eldre tegnkoding som ISO-8859-1 eller Windows-1252
config-toml = site.toml kan ikke leses som TOML: { $detail }
    .help = en linje er en nøkkel = en verdi; tekst skrives i anførselstegn, for eksempel title = "Nettverket"
config-unknown-key = ukjent nøkkel "{ $key }" i site.toml
    .help = nøklene som kan stå her, er { $keys }
config-language = language = "{ $value }" er ikke et språk som støttes
    .help = skriv ett av { $codes }
config-base-url = base_url = "{ $value }" er ikke en fullstendig http(s)-adresse
    .help = skriv den som "https://example.org/portal/"
config-timezone = timezone = "{ $value }" er ikke en kjent tidssone
    .help = skriv et navn fra tidssonedatabasen, for eksempel "Europe/Oslo" eller "Europe/Stockholm"
config-external-level = external_level = "{ $value }" er verken warning eller error
    .help = skriv external_level = "warning" eller external_level = "error"
config-no-rule = { $key }: det finnes ingen regel som heter "{ $rule }"
    .help = reglene er { $rules }
config-placeholder-pattern = mønsteret "{ $pattern }" i placeholders er ikke et regulært uttrykk: { $detail }
    .help = skriv det som et regulært uttrykk, for eksempel "\\[fyll inn\\]" for [fyll inn]; en omvendt skråstrek skrives to ganger i site.toml
config-exclude-pattern = mønsteret "{ $pattern }" i exclude er ikke et regulært uttrykk: { $detail }
    .help = skriv det som et regulært uttrykk, for eksempel "^https://intranett\\." ; en omvendt skråstrek skrives to ganger i site.toml
config-not-text = { $key } er ikke tekst
    .help = skriv den i anførselstegn, for eksempel { $key } = "…"
config-accent-not-a-colour = accent = "{ $value }" er ikke en farge
    .help = skriv den som en heksadesimal farge, for eksempel accent = "#1d5c4d"
config-accent-contrast = accent = "{ $value }" har kontrasten { $ratio_comma }:1 mot den hvite siden, og lenker trenger minst 4,5:1
    .help = velg en mørkere nyanse av fargen, for eksempel fra nettverkets grafiske profil
theme-no-logo = det finnes ingen fil "{ $logo }" for logoen
    .help = legg logoen i static/ og oppgi den regnet fra nettstedets mappe, for eksempel logo = "static/logo.svg"
theme-not-found = temaet "{ $theme }" finnes ikke: det er ingen mappe themes/{ $theme }/
    .help = det innebygde temaet heter "default"; eller lag themes/{ $theme }/ med sine templates/
menu-no-page = menypunktet "{ $title }" peker ikke på noen side: "{ $target }"
    .help = oppgi en innholdsfil regnet fra content/, for eksempel "process/_index.md"
menu-draft = menypunktet "{ $title }" peker på et utkast: "{ $target }"
    .help = publiser siden (draft: false), eller ta menypunktet ut til den er klar

## Temaet og malene

template-unknown = temaet har ingen sidemal som heter "{ $template }"
    .help = oppgi en av temaets sidemaler, eller fjern template: så brukes sidens egen
template-missing = temaet mangler sidemalen "{ $template }"
    .help = legg den til i templates/, eller hent den fra standardtemaet
template-error = feil i sidemalen: { $detail }
template-override-breaks = standardtemaets { $template } bygger på nettstedets { $overrides }, som ikke har blokkene den fyller: behold dem i den egne malen, eller lag en egen { $template } også
strings-missing = temaets tekster mangler { $keys }
    .help = Stegvis skriver sidene med dem: legg til en linje nøkkel = "…" for hver (standardtemaets i18n/-filer har alle)
strings-months = months skal liste opp årets tolv måneder
    .help = skriv months = ["januar", "februar", …] med alle tolv
strings-toml = temaets tekster kan ikke leses som TOML: { $detail }
    .help = en linje er en nøkkel = "tekst"; tekst skrives i anførselstegn
alias-too-long = aliaset "{ $alias }" har en del som er lengre enn { $bytes } byte, noe ingen filsystemer klarer
    .help = kort ned aliaset til noen få ord
alias-taken = aliaset "{ $alias }" ville erstatte en annen side eller fil på nettstedet
    .help = velg et annet alias, eller fjern det
origin-file = { $file }
origin-theme-file = standardtemaets { $file }
origin-generated = filen som Stegvis skriver på /{ $path }
url-two-files = { $first } og { $second } blir begge /{ $path }
    .help = { $generated ->
        [yes] gi filen et nytt navn eller flytt den: Stegvis skriver den adressen selv
       *[no] gi en av dem et nytt navn, eller fjern en
    }
url-segment-too-long = adressedelen "{ $segment }" er lengre enn { $bytes } byte, noe ingen filsystemer klarer
    .help = kort ned slug: til noen få ord

## Å lese filer

file-cannot-read = filen kan ikke leses: { $reason }
    .help = sjekk at filen fortsatt finnes og at ikke et annet program holder den åpen, og lagre igjen
file-no-permission = du har ikke tilgang til å lese filen
    .help = gi deg selv rett til å lese den (eller be den som forvalter mappen), eller fjern den fra nettstedet
callout-not-one = sitatet starter med [!{ $word }] men er ingen boks, så siden viser "[!{ $word }]" som tekst
    .help = en boks starter med > [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] eller [!CAUTION] alene på første linje, og teksten på linjene under
config-removed-url = [[removed]] url: «{ $url }» er ingen adresse på nettstedet
    .help = skriv adressen siden hadde, under nettstedets basesti: url = "/gammal-nyhet/"
config-removed-date = [[removed]] date: «{ $date }» er ingen dato
    .help = skriv dagen den ble fjernet: date = 2026-11-20
removed-live = [[removed]] url: { $url } er adressen til en side på nettstedet
    .help = adressen til en fjernet side kan ikke også vise en side: fjern oppføringen, eller siden
history-shallow = dette er en grunn klone av nettstedets depot, så historikken leses ikke: gamle adresser får ingen omdirigeringer
    .help = hent hele historikken i CI: `fetch-depth: 0` under `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab)
history-url-two-pages = adressen { $url } har tilhørt to sider som fortsatt finnes, så den fører ikke til noen av dem
    .help = gi siden leserne av { $url } vil til, `aliases: ["{ $url }"]`
history-removed = adressen { $url } var publisert fra { $from } til { $to } (fjernet i commit { $commit }), og ingen side har den nå
    .help = si hvor den ble av: `aliases: ["{ $url }"]` på siden som erstatter den
document-label-not-public = dokumentet er merket «{ $label }», som ikke er for allmennheten: det publiseres ikke
    .help = publiser en versjon uten merkingen (Word: Hjem → Følsomhet → Offentlig, eller spør den som merket det), eller fjern lenken
document-label = dokumentet har følsomhetsetiketten «{ $label }»
    .help = sjekk at et dokument med denne etiketten kan publiseres; hvis det kan, be om at det merkes som offentlig
document-macros = dokumentet inneholder makroer, som et offentlig nettsted ikke publiserer
    .help = lagre det som .docx, .xlsx eller .pptx uten makroer (Fil → Lagre som) og lenk til det
document-tracked-changes = dokumentet har fortsatt sporede endringer: alle medlemmer kan lese det som ble slettet
    .help = godta eller avvis alle endringer (Word: Se gjennom → Godta alle endringer) og lagre på nytt
document-comments = dokumentet har fortsatt kommentarer
    .help = slett kommentarene (Word: Se gjennom → Slett alle kommentarer) og lagre på nytt
document-names = dokumentets egenskaper navngir personer ({ $names })
    .help = fjern personlig informasjon fra filen (Word: Fil → Informasjon → Inspiser dokument), hvis navnene ikke skal publiseres
document-no-title = dokumentet har ingen tittel, som skjermlesere og søkeresultater viser i stedet
    .help = gi det en tittel (Fil → Informasjon → Egenskaper → Tittel) og lagre på nytt
document-no-language = dokumentet sier ikke hvilket språk det er skrevet på, så skjermlesere leser det med feil stemme
    .help = angi språket (Word: Se gjennom → Språk → Angi korrekturspråk, for all teksten) og lagre på nytt
document-other-language = dokumentet er på { $language }, men siden som publiserer det er på { $page }
    .help = publiser dokumentet på sidens språk, eller skriv på siden hvilket språk det er på; hvis språket er feil i filen, endre det (Word: Se gjennom → Språk)
document-no-headings = dokumentet er en lang tekst uten overskrifter, så en skjermleser kan ikke hoppe i det
    .help = merk overskriftene med overskriftsstiler (Word: Hjem → Stiler → Overskrift 1, Overskrift 2) og lagre på nytt
document-images-without-alt = { $count ->
        [one] 1 bilde i dokumentet mangler alternativ tekst
       *[other] { $count } bilder i dokumentet mangler alternativ tekst
    }
    .help = beskriv hvert bilde (høyreklikk → Rediger alternativ tekst), eller merk det som dekorativt, og lagre på nytt
document-tables-without-header = { $count ->
        [one] 1 tabell i dokumentet mangler overskriftsrad
       *[other] { $count } tabeller i dokumentet mangler overskriftsrad
    }
    .help = merk den første raden i hver tabell som overskriftsrad (Tabellutforming → Overskriftsrad, og Oppsett → Gjenta overskriftsrader) og lagre på nytt
document-slides-without-title = { $count ->
        [one] 1 lysbilde mangler tittel
       *[other] { $count } lysbilder mangler tittel
    }
    .help = gi hvert lysbilde en tittel i tittelplassholderen (den kan ligge utenfor lysbildet) og lagre på nytt
document-title-not-shown = PDF-filen har en tittel, men leserens vindu viser filnavnet i stedet
    .help = velg å vise dokumenttittelen i programmet som laget den (Acrobat: Fil → Egenskaper → Første visning → Vis: Dokumenttittel), eller eksporter den på nytt som tilgjengelig PDF
document-not-tagged = PDF-filen har ingen tagger, så en skjermleser får teksten uten overskrifter, lister eller leserekkefølge
    .help = eksporter den på nytt med tagger (Word: Fil → Lagre som → PDF → Alternativer → Dokumentstrukturkoder for tilgjengelighet), eller be om en tilgjengelig versjon
document-image-only = { $count ->
        [one] 1 side i PDF-filen er bare et bilde (skannet): teksten kan ikke leses opp, søkes i eller forstørres
       *[other] { $count } sider i PDF-filen er bare bilder (skannet): teksten kan ikke leses opp, søkes i eller forstørres
    }
    .help = publiser originaldokumentet som tilgjengelig PDF, eller kjør tekstgjenkjenning (OCR) på skanningen og kontroller resultatet
document-locked = PDF-filen forbyr kopiering av teksten, også for hjelpemidler, så skjermlesere kan ikke lese den
    .help = eksporter den på nytt uten den begrensningen (Acrobat: Fil → Egenskaper → Sikkerhet → Ingen sikkerhet)
document-password = dokumentet kan bare åpnes med passord, så medlemmene kan ikke lese det
    .help = publiser en versjon uten passord
document-too-slow = dokumentet tok for lang tid å lese og ble ikke kontrollert
    .help = åpne det i programmet sitt og lagre det på nytt; en fil som tar så lang tid å lese, er trolig skadet eller laget med vilje
document-link-own-site = dokumentet lenker til { $target }, som ikke finnes på nettstedet
    .help = rett lenken i dokumentet og lagre det på nytt, eller gi siden som erstattet den, den gamle adressen i aliases:
document-too-large = dokumentet er for stort til å leses før det publiseres
    .help = gjør det mindre (komprimer bildene), eller del det i flere dokumenter
document-unreadable = dokumentet kan ikke leses: { $reason }
    .help = åpne det i programmet sitt og lagre det på nytt; en skadet fil publiseres ikke
content-too-deep = elementene ligger mer enn { $levels } nivåer dypt her (sitat i sitat, eller innlimt HTML); nettlesere slutter å neste ved den dybden, så siden vil ikke se ut slik den er skrevet
    .help = lukk hvert HTML-element du åpner (</div> for <div>), eller nest sitater og lister mindre dypt
frontmatter-invalid = sidehodet kan ikke leses: { $detail }
    .help = sidehodet er nøkler med verdier, én per linje, som title: "Forberedelse"
item-invalid = { $item ->
        [agenda] et dagsordenpunkt
        [goal] et mål
       *[indicator] en indikator
    } kan ikke leses: { $detail }
    .help = et punkt skrives slik: - { $example }, én nøkkel per linje
image-unreadable = bildet kan ikke leses ({ $detail }); det publiseres som det er, uten mindre kopier og med det kameraet skrev i det
    .help = åpne det i et bildeprogram og lagre det på nytt som JPEG eller PNG
image-large = bildet er { $size } kB, over grensen på { $limit } kB
    .help = sidene viser mindre kopier, men den som åpner originalen, laster den ned: lagre det mindre (2000 piksler bredt holder), eller øk [images] warn_over_kb
data-not-utf8 = filen er ikke tekst slik et regneark lagrer den (UTF-8, UTF-16 eller Windows-1252)
    .help = åpne den i Excel og lagre den som UTF-8: Fil → Lagre som → «CSV UTF-8 (kommadelt)»
data-yaml-unreadable = tabellen kan ikke leses: { $detail }
    .help = en tabell i YAML er en liste med poster: - sykehus: Bodø, én nøkkel per linje
data-toml-unreadable = tabellen kan ikke leses: { $detail }
    .help = en tabell i TOML er en liste med poster: [[sykehus]] over hver posts nøkler
data-column-duplicate = kolonnenavnet "{ $column }" står to ganger, og et diagram eller en tabell angir en kolonne med navnet
    .help = gi hver kolonne et eget navn på første rad
data-column-empty = kolonne { $n } har ikke noe navn, så ingen diagrammer eller tabeller kan angi den
    .help = gi den et navn på første rad, eller fjern kolonnen
data-formula-cell = "{ $text }" begynner som en regnearkformel, og filen kan lastes ned: et regneark som åpner den, kan kjøre den
    .help = hvis det er tekst, la den begynne med en bokstav eller et mellomrom i stedet; et tall skrives 68,5 eller −3
data-too-large = filen er { $size } MB, mer enn de { $limit } MB en tabell kan være, så den leses ikke
    .help = en tabell er for nøkkeltallene sidene viser: behold de radene og kolonnene her, og publiser hele filen som vedlegg i content/
data-large = filen er { $size } MB; en tabell over { $limit } MB gjør hvert bygg og sidene som viser den trege
    .help = en tabell er for nøkkeltallene sidene viser: behold de radene og kolonnene her, og publiser hele filen som vedlegg i content/
data-too-many-rows = tabellen har { $rows } rader, flere enn de { $limit } en tabell kan ha, så den leses ikke
    .help = en tabell er for nøkkeltallene sidene viser: behold de radene her, og publiser hele filen som vedlegg i content/
data-many-rows = tabellen har { $rows } rader; en tabell med flere enn { $limit } gjør sidene som viser den trege
    .help = en tabell er for nøkkeltallene sidene viser: behold de radene her, og publiser hele filen som vedlegg i content/
data-too-many-categories = diagrammet ville tegne { $rows } kategorier, flere enn de { $limit } som får plass i ett
    .help = lag en mindre tabell med radene som skal sammenlignes, eller vis denne som en table-blokk

## Hva du skriver i stedet, etter hva som ble feil

help-yaml-duplicate = hver nøkkel kan stå én gang: fjern en av dem eller gi den et nytt navn
help-yaml-colon = sett en verdi med kolon i i anførselstegn: title: "Møte: planlegging"
help-yaml-bracket = lukk den på samme linje (tags: [a, b]), eller sett teksten i anførselstegn hvis parentesen hører til den
help-yaml-tabs = YAML rykkes inn med mellomrom, ikke tabulatorer: bytt tabulatoren med mellomrom
help-yaml-too-deep = sidehodet er for dypt nestet eller gjentar seg for mye; hold det til enkle nøkler og lister
help-yaml-keys = sidehodet er nøkler med verdier, én per linje, som title: "Forberedelse"
help-yaml-quoting = sjekk anførselstegn og innrykk på linjen; tekst med kolon i trenger anførselstegn
help-value-weight = skriv et heltall, for eksempel 10
help-value-short-list = skriv { $key } som en liste, for eksempel ["a", "b"]
help-value-list = skriv { $key } som en liste: ett punkt per linje under den, hvert med - først
help-value-number = skriv et heltall, uten anførselstegn
help-value-keys = skriv { $key } med egne nøkler under den, rykket inn, én per linje
help-value-text = skriv en vanlig tekstverdi; sett den i anførselstegn hvis den inneholder kolon

## De ferdige sidene (stegvis check)

html-link = <{ $element } { $attribute }="{ $value }">: { $problem }
    .help = lenken står i sidens HTML: i innlimt HTML, eller i sidemalen som skrev den
html-link-empty = lenken er tom
html-link-outside-base = den ligger utenfor nettstedets sti { $base }
html-link-no-file = det finnes ingen slik side eller fil på nettstedet
html-link-no-id = det finnes ingen id "{ $id }" på { $page }
html-id-twice = id-en "{ $id }" brukes to ganger på siden
    .help = en id kan brukes én gang per side: endre en av dem
help-id-of-the-theme = temaet bruker selv den id-en: gi overskriften en annen {"{"}#id{"}"}

## Lenker til andre nettsteder (stegvis check --external)

document-external-url = { $url }, som dokumentet { $document } lenker til: { $outcome }
    .help = åpne adressen i en nettleser; rett lenken i dokumentet og lagre det på nytt hvis den ikke virker for leserne heller
external-url = { $url }: { $outcome }{ $uses ->
        [1] {""}
       *[other] {" "}(lenket { $uses } ganger)
    }
    .help = åpne adressen i en nettleser; endre eller fjern lenken hvis den ikke virker for leserne heller
external-moved = har flyttet; lenk til den nye adressen
external-broken = brutt ({ $why })
external-login = krever innlogging ({ $status })
external-slow-down = serveren ba oss sakke ned (429); prøv igjen senere
external-timeout = ikke noe svar i tide
external-out-of-time = ikke noe endelig svar innen { $seconds } s ({ $requests ->
        [one] { $requests } forespørsel
       *[other] { $requests } forespørsler
    }{ $redirects ->
        [0] {""}
        [one] , { $redirects } omdirigering
       *[other] , { $redirects } omdirigeringer
    }{ $status ->
        [none] {""}
       *[other] , serveren svarte { $status } og ba oss vente, gang på gang
    }); ga opp
external-failed = mislyktes ({ $why })

## Forhåndsvisningen

serve-panicked = Stegvis mislyktes med denne versjonen av nettstedet (en feil i Stegvis: meld den gjerne); forhåndsvisningen viser den siste vellykkede versjonen
render-panicked = Stegvis mislyktes med å skrive denne siden (en feil i Stegvis: meld den gjerne, med siden): { $detail }

## stegvis cms

cms-kept-changed = beholdt { $at } slik det står i config.yml: det er endret for hånd, og nettstedet sier nå noe annet der
cms-kept-gone = beholdt { $at }: nettstedet har det ikke lenger, men det er endret for hånd i config.yml; fjern det der hvis det ikke trengs
cms-kept-unknown = beholdt { $at } slik det står i config.yml (nettstedet sier noe annet; uten en oversikt over hva stegvis cms skrev sist, regnes en verdi som satt for hånd)
cms-unlisted = { $count ->
        [one] 1 side får typen sin fra seksjonen og skriver den ikke
       *[other] { $count } sider får typen sin fra seksjonen og skriver den ikke
    }, og redigeringsverktøyet viser bare sider som gjør det ({ $pages }): kjør stegvis cms --add-kinds for å skrive den inn
cms-no-decap = adminsiden laster Decap CMS fra static/admin/{ $script }, som ikke finnes der ennå: kopier dist/decap-cms.js fra npm-pakken decap-cms dit (README: "Editing in the browser")

## Ny portal (stegvis init)

init-site-title = Vårt forbedringsnettverk
init-site-description = Nettverkets felles arbeidsmåte, møter og maler.
init-home-body = Her samler nettverket sin felles arbeidsmåte: { $process }, { $meetings } og { $templates }.
init-process-title = Prosessen
init-process-description = Slik arbeider vi, fase for fase.
init-process-body = Prosessen har faser, og hver fase har steg.
init-phase-title = Forberedelse
init-phase-purpose = Teamet settes sammen, og oppdraget blir tydelig.
init-phase-outcome = Et team med et oppdrag som ledelsen står bak.
init-step-title = Sett sammen teamet
init-step-body = Teamet settes sammen: hvem som er med, hvem som leder arbeidet, og hvor ofte teamet møtes.
init-meetings-title = Møter
init-meetings-description = Nettverkets møter med dagsorden og underlag.
init-meeting-title = Nettverkets første samling
init-meeting-location = Sted kommer senere
init-agenda-welcome = Velkommen og dagsorden
init-agenda-work = Slik arbeider vi videre
init-templates-title = Maler
init-templates-description = Dokumentmaler til nedlasting og utfylling.
init-done = Den nye portalen ligger i { $dir }. Forhåndsvis den med: stegvis serve --root { $dir }
    .help = CI-filene .github/workflows/portal.yml (GitHub) og .gitlab-ci.yml (GitLab) bygger portalen ved hver endring og publiserer den; behold den som passer dere, og slett den andre.
init-pages = Slå på Pages før dere sender første gang til GitHub: repoets Settings → Pages → Source: "GitHub Actions". GitLab publiserer med Pages som det er.
init-holds-a-site = { $dir } har allerede et nettsted ({ $file }); stegvis init skriver bare i en mappe uten nettsted
init-file-exists = { $file } finnes allerede; stegvis init skriver aldri over en fil. Flytt den eller velg en annen mappe.
init-figures-title = Nøkkeltall
init-figures-description = Ventetiden til første besøk ved nettverkets enheter, sammenlignet med landsmedianen.
init-figures-body = Ventetiden til første besøk, i dager, ved nettverkets enheter. Den stiplede linjen er landsmedianen.
init-figures-chart = Ventetid til første besøk
init-figures-unit = dager
init-figures-category = enhet
init-figures-value = ventetid
init-figures-median = median
init-figures-median-label = Landsmedian
init-figures-row = Enhet { $n }
init-figures-guide = Et eksempel med oppdiktede tall, derfor et utkast (draft: true): bytt tallene i { $file } med deres egne og fjern linjen draft. README for Stegvis beskriver diagrammer og tabeller.
init-templates-guide = Legg til en mal med `stegvis new mal "Navnet på malen"` og legg filen ved siden av.
init-step-guide = Beskriv hva teamet gjør i steget, hvem som gjør hva, og når steget er ferdig.
init-process-guide = Legg til et steg med `stegvis new steg "Navnet på steget"`.
init-home-guide = Skriv om teksten nedenfor: forsiden viser den.
init-a11y-organisation = Vår organisasjon
init-a11y-method = Nettstedet er nytt. Standardtemaet er testet med automatiske verktøy (axe-core) og tastatur; innholdet er ikke gjennomgått ennå.
init-a11y-known = Innholdet er nytt og er ikke gjennomgått ennå.

# Forhåndsvisningen (serve): feildialogen, advarslene og oversikten.
serve-errors-heading = Siden kunne ikke bygges
serve-errors-intro = Rett feilene nedenfor og lagre; siden lastes inn på nytt av seg selv. Imens vises den siste fungerende versjonen.
serve-close = Lukk
serve-warnings-on-page = { $n ->
        [one] 1 advarsel på siden
       *[other] { $n } advarsler på siden
    }
serve-all-findings = Alle feil og advarsler i portalen
serve-more-errors = og { $n } feil til
serve-hide = Skjul advarslene
serve-overview-title = Å rette i portalen
serve-overview-intro = Alt forhåndsvisningen har funnet, side for side. Siden oppdateres når du lagrer. Den finnes bare her, aldri i den publiserte portalen.
serve-none = Ingenting å rette.
serve-review-heading = Sider som skal gjennomgås
serve-by-page-heading = Per side
serve-documents-heading = Dokumenter som må rettes
serve-by-owner-heading = Per eier
serve-no-owner = Ingen eier oppgitt
serve-page = Side
serve-owner = Eier
serve-review-by = Gjennomgås innen
serve-error = feil
serve-warning = advarsel

# Hva kommandoene sier (new, cms, init), og hvorfor en fil ikke kunne skrives.
io-exists = det finnes allerede en fil med det navnet
io-no-permission = du har ikke tillatelse til å skrive der
io-not-found = mappen eller filen finnes ikke
io-disk-full = disken er full
io-read-only = disken kan bare leses
io-other = { $reason }
file-cannot-write = kan ikke skrive { $path }: { $reason }
place-not-plain = { $path } er ikke en sti inne i nettstedet (ingen .., ingen absolutt sti)
place-link = { $path } er en symbolsk lenke; stegvis skriver bare i nettstedet, aldri gjennom en lenke
place-unreadable = { $path }: { $reason }
answer-unreadable = kan ikke lese svaret: { $reason }
new-title-control = tittelen "{ $title }" inneholder et kontrolltegn ({ $code }); skriv den på én linje, uten det
new-title-no-letters = tittelen "{ $title }" har ingen bokstaver eller sifre å lage et filnavn av
new-area-not-in-plan = et delområde hører til en plan, og content/{ $folder } er ingen; oppgi mappen til en plan med --section, eller lag en: en mappe der _index.md har kind: plan
new-cannot-write-kind = stegvis new kan ikke skrive en side av typen { $kind }
new-no-folder = det finnes ingen mappe content/{ $folder }; oppgi en mappe under content/ med --section
new-section-refused = --section: { $why }; oppgi en mappe under content/
new-report-no-areas = en rapport gjelder et delområde, og nettstedet har ingen; skriv delområdet først: stegvis new area "…"
new-not-an-area = "{ $given }" er ikke et delområde
new-not-an-area-like = "{ $given }" er ikke et delområde — mente du "{ $suggestion }"?
new-name-the-area = oppgi delområdet rapporten gjelder med --area, ett av: { $areas }
new-which-area = Hvilket delområde gjelder rapporten?
new-number-or-path = Nummer eller sti:
cms-not-ours = { $path } ble ikke skrevet av stegvis cms; flytt den, eller erstatt den med --force
cms-config-unreadable = { $why }; rett den (nettleserredigeringen kan heller ikke lese den), eller skriv en ny med --force
cms-no-front-matter = { $path }: sidehodet begynner ikke med ---; skriv --- som første linje

# Hva en side henter fra andre opprinnelser (personvern).
privacy-third-party = siden henter { $url } fra { $host }: adressen til hver besøkende går til { $host } før de har valgt det
    .help = lenk dit i stedet (da velger leseren), eller legg filen på nettstedet; hvis det er meningen, tillat opprinnelsen i site.toml: [privacy] allow = ["{ $origin }"]
config-privacy-origin = [privacy] allow: "{ $origin }" er ingen opprinnelse
    .help = skriv bare protokoll og vert, som i https://www.youtube-nocookie.com

# Tilgjengelighetserklæringen ([accessibility]).
config-a11y-missing = [accessibility] mangler { $key }: tilgjengelighetserklæringen skal oppgi { $what }
    .help = legg den til under [accessibility] i site.toml; README ("Publishing lawfully") viser alle nøklene
a11y-what-country = landet med reglene som gjelder (se, no eller dk)
a11y-what-organisation = navnet på organisasjonen bak nettstedet
a11y-what-conformance = hvor godt nettstedet oppfyller kravene: full, partial eller none
a11y-what-assessed = datoen for den siste vurderingen
a11y-what-method = hvordan nettstedet er vurdert (for eksempel egen vurdering med automatiske verktøy og manuell kontroll)
a11y-what-known-problems = hva som ikke er tilgjengelig og hvorfor (known_problems), siden nettstedet ikke oppfyller kravene fullt ut
a11y-what-feedback = en måte å melde fra om mangler på: feedback (en nettadresse) eller contact (en e-postadresse)
config-a11y-country = [accessibility] country: "{ $country }" er ikke en av se, no og dk
config-a11y-conformance = [accessibility] conformance: "{ $conformance }" er ikke en av full, partial og none
config-a11y-date = [accessibility]: "{ $date }" er ingen dato; skriv den som 2026-09-01
config-a11y-url = [accessibility] { $key }: "{ $url }" er ingen nettadresse; skriv den med https://
config-a11y-host = [accessibility] { $key }: "{ $url }" er ingen adresse på { $host }
a11y-assessment-old = tilgjengelighetserklæringen ble sist vurdert { $date }, for mer enn 12 måneder siden: den skal gjennomgås hvert år
    .help = vurder nettstedet på nytt og skriv den nye datoen i [accessibility] assessed
a11y-statement-elsewhere = [accessibility] mangler { $key }: tilgjengelighetserklæringen publiseres hos tilsynet, og hver side skal lenke til den
    .help = publiser erklæringen der og oppgi adressen: { $key } = "https://…"
a11y-unconfirmed = tilgjengelighetserklæringen lister { $count ->
        [one] én mangel
       *[other] { $count } mangler
    } som kontrollene har funnet, og som known_problems ikke nevner: { $names }
    .help = bekreft hver av dem i [accessibility] known_problems (hva som ikke er tilgjengelig, hvorfor og når det skal rettes), eller rett den
