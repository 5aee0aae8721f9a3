# Hvad Stegvis siger til redaktørerne, på dansk.

## Udskrifterne

# After a finding that one template gives on several pages.
on-pages = {" "}(på { $pages } sider)
did-you-mean = – mente du "{ $suggestion }"?

# GitHub viser højst 10 fejl- og 10 advarselsanmærkninger pr. trin.
github-more = { $errors ->
        [0] { $warnings } { $warnings ->
            [one] advarsel
           *[other] advarsler
        }
       *[other] { $errors } { $errors ->
            [one] fejl
           *[other] fejl
        }{ $warnings ->
            [0] {""}
           *[other] {" "}og { $warnings } { $warnings ->
                [one] advarsel
               *[other] advarsler
            }
        }
    } mere vises ikke som anmærkninger (GitHub viser { $shown } af hver slags): de står i loggen herunder og i jobbets sammenfatning.
findings-count = { $errors } fejl, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }
github-summary-place = Sted
github-summary-kind = Type
github-summary-message = Hvad der er galt
github-summary-suggestion = Forslag

## Indholdstyperne, med ubestemt artikel

kind-a = { $kind ->
    [process] en proces
    [phase] en fase
    [step] et trin
    [template] en skabelon
    [meeting] et møde
    [material] et læringsmateriale
    [plan] en plan
    [area] et delområde
    [report] en trafikrapport
   *[page] en side
}

## Links i teksten

link-on-computer = "{ $target }" er en fil på { $place ->
        [share] et netværksdrev
       *[computer] nogens computer
    }, og den kan portalens læsere ikke åbne
    .help = kopiér filen til content/, ved siden af denne side, og link til den med dens navn (for eksempel plan.docx)
link-outside = "{ $target }" peger uden for content/
    .help = link kun til filer i content/; til andre websteder med en hel https://-adresse
link-draft = "{ $target }" er et udkast og offentliggøres ikke
    .help = offentliggør siden (draft: false), fjern linket eller byg med --drafts for at få vist et eksempel
link-no-page = ingen side hedder "{ $target }"
    .help = link til kildefilen, regnet fra denne fil (for eksempel trin-2.md eller ../skabeloner/skabelon.md)
link-to-output = "{ $target }" er der, hvor en side offentliggøres, ikke dens kildefil
    .help = link til sidens Markdown-fil, { $source }: så virker linket også i forhåndsvisninger og følger med, når siden flyttes
link-almost-spaces = "[{ $text }]({ $target })" er intet link og offentliggøres som tekst: en adresse kan ikke indeholde mellemrum
    .help = skriv [{ $text }](<{ $target }>), eller %20 for hvert mellemrum
link-almost-gap = "[{ $text }] ({ $target })" er intet link og offentliggøres som tekst: der står et mellemrum mellem ] og (
    .help = skriv [{ $text }]({ $target })
link-almost-unclosed = "[{ $text }]({ $target }" er intet link og offentliggøres som tekst: adressen afsluttes aldrig
    .help = afslut adressen med ), som i [{ $text }]({ $target })
link-no-file = ingen fil hedder "{ $target }"
    .help = læg filen i content/ og link til den regnet fra denne side (for eksempel bilag.pdf, ved siden af siden)
link-no-image = intet billede hedder "{ $target }"
    .help = læg billedet i content/ og skriv dets navn regnet fra denne side: ![Hvad billedet viser](billede.png)
link-own-site = der findes ingen side eller fil på "{ $target }" i portalen
    .help = dette er portalens egen adresse: link i stedet til kildefilen (for eksempel ../om/principper.md), så følger linket med, når siden flyttes
fragment-missing = der findes ingen overskrift eller id "#{ $fragment }" i { $file }
    .help = link til en overskrift på siden som #dens-id: overskriftens tekst med små bogstaver og - i stedet for mellemrum

## Henvisninger i sidehovedet

reference-wrong-kind = "{ $target }" i { $field } er { $found }, ikke { $expected_a }
    .help = { $field } henviser kun til sider af typen { $expected }
reference-draft = "{ $target }" i { $field } er et udkast og offentliggøres ikke
    .help = offentliggør den (draft: false), fjern den fra listen eller byg med --drafts for at få vist et eksempel
reference-missing = ingen side hedder "{ $target }" i { $field }
    .help = skriv indholdsfilens sti regnet fra content/, for eksempel skabeloner/trafikrapport.md

## Sidehovedet

frontmatter-unknown-key = ukendt nøgle "{ $key }"
    .help = egne oplysninger skrives under extra:
frontmatter-no-title = sidehovedet mangler title
    .help = tilføj en linje som: title: "Forberedelse"
frontmatter-not-a-date = forkert værdi for "{ $key }": "{ $value }" er ikke en rigtig dato
    .help = skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2025-02-28
frontmatter-not-one-of = forkert værdi for "{ $key }": "{ $value }" er ikke en af { $known }
frontmatter-not-a-boolean = forkert værdi for "{ $key }": "{ $value }" er hverken true eller false
    .help = skriv { $key }: true eller { $key }: false

## Gennemgang før offentliggørelse

lint-placeholder = "{ $text }" er tekst, der skal udfyldes
    .help = skriv det, der skal stå her, eller fjern det: siden offentliggøres, som den står
lint-empty-link = linket "{ $text }" fører ingen steder hen
    .help = skriv den side eller fil, det skal åbne, mellem parenteserne, for eksempel (../skabeloner/trafikrapport/index.md), eller fjern linket
lint-missing-alt = billedet mangler alternativ tekst – beskriv, hvad det viser
    .help = skriv, hvad billedet viser, mellem de firkantede parenteser: ![Forløbet fra henvisning til opstart](billede.png); et billede, der kun pynter, skrives som <img src="…" alt="">
lint-missing-alt-html = billedet mangler attributten alt
    .help = tilføj alt="…", der beskriver, hvad det viser, eller alt="", hvis det kun pynter
lint-link-text = linkteksten "{ $text }" siger ikke, hvor linket fører hen
    .help = lad linkets egne ord sige, hvad det åbner: [trafikrapportskabelonen](…) i stedet for [klik her](…)
lint-heading-one = "{ $text }" er en #-overskrift; sidens titel er dens eneste
    .help = begynd tekstens overskrifter med ## (og ### under dem)
lint-heading-skip = overskriften "{ $text }" springer fra niveau { $from } til niveau { $to }
    .help = skriv den med { $hashes }, så den, der lytter med skærmlæser, hører, hvor den hører til
lint-review-due = siden skulle have været gennemgået senest { $date }: { $owner } (sidens ejer) skal læse den igen
    .help = læs siden, ret det, der er ændret, og sæt review_by: til næste dato
lint-review-due-no-owner = siden skulle have været gennemgået senest { $date }, og den angiver ingen ejer, der gør det
    .help = læs siden, sæt review_by: til næste dato, og skriv, hvem der er ansvarlig, med owner:

## Indholdstyperne og deres felter

kind-not-a-field = "{ $key }" er ikke et felt for { $kind_a } (det hører til: { $owners })
    .help = { $fields ->
        [none] { $kind_a } har kun de fælles felter
       *[other] felterne for { $kind_a } er { $fields }
    }; ret kind: for at ændre, hvad siden er
kind-section = { $kind_a } er et afsnit: skriv den som _index.md i sin mappe
kind-phase-in-process = en fase hører til en proces: mappen ovenover skal have en _index.md med kind: process
kind-step-in-phase = et trin hører til en fase: læg det i en mappe, hvis _index.md har kind: phase
kind-area-in-plan = et delområde hører til en plan: læg det i en mappe, hvis _index.md har kind: plan (eller kind: area, for et delområde i et delområde)
kind-report-is-a-page = en trafikrapport er en side, ikke et afsnit: skriv den som en fil for sig
item-unknown-key = ukendt nøgle "{ $key }" i { $item ->
        [agenda] et dagsordenspunkt
        [goal] et mål
       *[indicator] en indikator
    }
    .help = { $item ->
        [agenda] et dagsordenspunkt
        [goal] et mål
       *[indicator] en indikator
    } har { $keys }
item-missing-key = { $item ->
        [agenda] et dagsordenspunkt
        [goal] et mål
       *[indicator] en indikator
    } skal have { $key }:
    .help = skriv sådan: - { $example }, én nøgle pr. linje
meeting-needs-date = et møde skal have en dato
    .help = tilføj en linje som: date: 2025-02-28
meeting-ends-before-start = mødet slutter, før det begynder
    .help = end: er tidspunktet, hvor mødet slutter, senere end start:
meeting-not-a-time = forkert værdi for "{ $key }": "{ $value }" er ikke et klokkeslæt
    .help = skriv klokkeslæt som "TT:MM" i anførselstegn, for eksempel "09:00"
meeting-online-url = online_url: "{ $value }" er ikke en webadresse
    .help = skriv linket til mødet, som det begynder, med https://, for eksempel online_url: "https://meet.example.org/abc-123"
template-needs-file = en skabelon skal have file: dokumentet, der hentes
    .help = tilføj en linje som: file: trafikrapportskabelon.docx (regnet fra skabelonsidens mappe)
template-no-file = ingen fil hedder "{ $file }" for skabelonen
    .help = file: regnes fra denne sides mappe, som et link i teksten
template-file-outside = "{ $file }" ligger uden for content/
    .help = læg dokumentet i content/, ved siden af skabelonens side
report-needs = en trafikrapport skal have { $key }:
    .help = tilføj en linje som: { $key }: { $example }
report-organisation-empty = organisation er tom: skriv, hvilken organisation der rapporterer
    .help = skriv den som: organisation: "Region Nord"
area-year-twice = året { $year } har allerede et mål
    .help = hvert år har ét mål: skriv dem i samme punkt
area-year-in-quotes = året "{ $year }" for et mål står i anførselstegn
    .help = skriv året som et tal, uden anførselstegn: year: 2025
area-not-a-year = året for et mål er ikke et år: { $year }
    .help = skriv året som et tal, for eksempel year: 2025
area-no-data = ingen datafil hedder "data/{ $file }" for indikatoren
    .help = data: angiver en fil i data/, for eksempel nogletal/rengoring.csv
area-no-numbers = data/{ $file } har ingen kolonne med tal at tegne
    .help = indikatorens fil har først sine kategorier (år, perioder), derefter kolonner med tal

## Filer og sider

file-name-not-utf8 = filnavnet er ikke gyldig UTF-8
    .help = omdøb filen; navne må indeholde alle bogstaver, også æ ø å
file-not-utf8 = filen er ikke tekst i UTF-8
    .help = gem filen som UTF-8; den kan være gemt i en ældre tegnkodning som ISO-8859-1 eller Windows-1252
file-empty = filen er tom
    .help = en side skal have et sidehoved: en linje ---, en linje title: "…" og en linje ---
file-link-loops = det symbolske link fører tilbage til { $target }
    .help = fjern linket, eller lad det pege på en anden mappe på webstedet
file-link-dangles = det symbolske link peger på { $target }, som ikke findes
    .help = fjern linket, eller lad det pege på en fil på webstedet
file-link-outside = det symbolske link peger på { $target }, uden for webstedets kildemapper (content/, static/, data/, themes/, templates/) eller ind i en skjult mappe som .git; kun filer i de mapper offentliggøres
    .help = kopiér filen til webstedets mappe i stedet for at linke til den
file-not-regular = dette er ikke en almindelig fil eller mappe (det er en pipe, en socket eller en enhed), så den kan ikke offentliggøres
    .help = fjern den fra webstedets mappe
url-same = { $first } og { $second } bliver begge til /{ $url }
    .help = omdøb en af dem, eller giv en af dem en anden slug: i sidehovedet
url-same-lookalike = { $first } og { $second } bliver begge til /{ $url }: navnene ligner hinanden, men er skrevet med forskellige tegn
    .help = omdøb en af dem, eller giv en af dem en anden slug: i sidehovedet
reference-undefined = henvisningen [{ $label }] er ikke defineret
    .help = tilføj en linje som [{ $label }]: trin-2.md under teksten, eller ret etiketten
heading-id-twice = id'et "{ $id }" findes to gange på siden
    .help = giv hver overskrift sit eget {"{"}#id{"}"}; links til id'et kan kun nå én af dem

## Selve sidehovedet

frontmatter-missing = siden har intet sidehoved: dens første linje skal være ---
    .help = begynd filen med et sidehoved: en linje ---, en linje title: "…" og en linje ---
frontmatter-unclosed = sidehovedet afsluttes aldrig: der er ingen anden linje med ---
    .help = afslut sidehovedet med en linje med kun --- før sidens tekst
frontmatter-empty = sidehovedet er tomt: en side skal have en title
    .help = tilføj en linje som: title: "Forberedelse"
frontmatter-title-empty = title er tom
    .help = skriv sidens titel efter title:, for eksempel title: "Forberedelse"
frontmatter-control-character = værdien af "{ $key }" indeholder et kontroltegn ({ $code }), som sider, feeds og kalendere ikke kan vise
    .help = fjern det; sådanne tegn følger med tekst, der indsættes fra andre programmer
frontmatter-invalid-yaml = sidehovedet kan ikke læses som YAML: { $detail }
yaml-colon = et kolon og et mellemrum starter en ny nøgle her, midt i en værdi
yaml-duplicate-key = nøglen "{ $key }" står to gange
yaml-unclosed-bracket = parentesen { $bracket }, der starter her, lukkes aldrig
yaml-unclosed-quote = anførselstegnet, der starter her, lukkes aldrig
yaml-tab = en tabulator bruges til indrykning
yaml-expected-key = en linje her er hverken nøgle: værdi eller et punkt i en liste ovenfor
yaml-parser = { $detail }
frontmatter-unknown-key-in = ukendt nøgle "{ $key }" i { $parent }
    .help = de nøgler, der må stå her, er { $keys }
frontmatter-invalid-value = forkert værdi for "{ $key }": { $detail }

## Tabeller og diagrammer

data-block-yaml = { $block }-blokken kan ikke læses som YAML: { $detail }
    .help = skriv én nøgle pr. linje: { $first }: …
data-block-no-keys = { $block }-blokken indeholder ingen nøgler
    .help = en { $block }-blok indeholder nøgler som data: og { $example }:
data-block-unknown-key = ukendt nøgle "{ $key }" i en { $block }-blok
    .help = en { $block }-blok har { $keys }
data-block-needs = { $block }-blokken skal have { $key }:
data-block-unexpected = { $block }-blokken er ikke som ventet: { $detail }
data-no-file = ingen datafil hedder "data/{ $file }"
    .help = data: angiver en fil i data/, for eksempel nogletal/rengoring.csv
data-no-column = { $key }: "{ $column }" er ingen kolonne i data/{ $file }
    .help = dens kolonner er { $columns }
data-not-a-number = "{ $text }" i kolonnen { $column } er ikke et tal, og et diagram i { $page } tegner den
    .help = skriv tal som 68,5 eller 68.5; lad cellen være tom, hvor der ingen værdi er
data-chart-type = type: "{ $type }" er hverken bar eller line

## Rækkefølge og adresser

weight-missing = { $kind ->
        [phase] fasen
       *[step] trinnet
    } har ingen weight, så dets plads i rækkefølgen afgøres af titlen
    .help = giv { $kind ->
        [phase] hver fase
       *[step] hvert trin
    } en weight: 1, 2, 3, …
weight-twice = weight: { $weight } har også { $other }; titlen afgør, hvilken der kommer først
    .help = giv hver sin egen weight
slug-empty = slug: "{ $slug }" giver en tom del af adressen
    .help = skriv en slug med bogstaver eller cifre, som slug: "om-os"
name-empty = navnet "{ $name }" giver en tom del af adressen
    .help = omdøb filen til et navn med bogstaver eller cifre, eller sæt slug: i sidehovedet

## Datafiler

table-column-names = kolonnenavnene kan ikke læses: { $detail }
    .help = første række navngiver kolonnerne, adskilt med ; eller ,
table-row-length = rækken har { $cells } celler, men første række navngiver { $columns } kolonner
    .help = giv hver række lige så mange celler, som der er kolonner; en tom celle skrives som ingenting mellem to skilletegn
table-row = rækken kan ikke læses: { $detail }

## stegvis new: kommentarerne i en ny side, og hvad du gør bagefter

new-template-comment = Læg dokumentet i denne mappe og skriv dets navn her, og fjern så draft: true.
new-template-hint = læg dokumentet ved siden af siden i { $folder }, skriv dets navn i file: og fjern draft: true
new-report-status-comment = green (efter planen), yellow (risiko for afvigelse) eller red (afviger)
new-report-draft-comment = Fjern draft: true, når rapporten er udfyldt.
new-report-hint = udfyld organisation:, status: og de fire lister, og fjern så draft: true

## site.toml

config-not-utf8 = site.toml er ikke tekst i UTF-8
    .help = gem filen som UTF-8; den kan være gemt i en ældre tegnkodning som ISO-8859-1 eller Windows-1252
config-toml = site.toml kan ikke læses som TOML: { $detail }
    .help = en linje er en nøgle = en værdi; tekst skrives i anførselstegn, for eksempel title = "Netværket"
config-unknown-key = ukendt nøgle "{ $key }" i site.toml
    .help = de nøgler, der kan stå her, er { $keys }
config-language = language = "{ $value }" er ikke et understøttet sprog
    .help = skriv et af { $codes }
config-base-url = base_url = "{ $value }" er ikke en fuldstændig http(s)-adresse
    .help = skriv den som "https://example.org/portal/"
config-timezone = timezone = "{ $value }" er ikke en kendt tidszone
    .help = skriv et navn fra tidszonedatabasen, for eksempel "Europe/Copenhagen" eller "Europe/Stockholm"
config-external-level = external_level = "{ $value }" er hverken warning eller error
    .help = skriv external_level = "warning" eller external_level = "error"
config-no-rule = { $key }: der findes ingen regel, der hedder "{ $rule }"
    .help = reglerne er { $rules }
config-placeholder-pattern = mønstret "{ $pattern }" i placeholders er ikke et regulært udtryk: { $detail }
    .help = skriv det som et regulært udtryk, for eksempel "\\[udfyld\\]" for [udfyld]; en omvendt skråstreg skrives to gange i site.toml
config-exclude-pattern = mønstret "{ $pattern }" i exclude er ikke et regulært udtryk: { $detail }
    .help = skriv det som et regulært udtryk, for eksempel "^https://intranet\\." ; en omvendt skråstreg skrives to gange i site.toml
config-not-text = { $key } er ikke tekst
    .help = skriv den i anførselstegn, for eksempel { $key } = "…"
config-accent-not-a-colour = accent = "{ $value }" er ikke en farve
    .help = skriv den som en hexadecimal farve, for eksempel accent = "#1d5c4d"
config-accent-contrast = accent = "{ $value }" har kontrasten { $ratio_comma }:1 mod den hvide side, og links skal have mindst 4,5:1
    .help = vælg en mørkere nuance af farven, for eksempel fra netværkets designprofil
theme-no-logo = der findes ingen fil "{ $logo }" til logoet
    .help = læg logoet i static/, og angiv det regnet fra webstedets mappe, for eksempel logo = "static/logo.svg"
theme-not-found = temaet "{ $theme }" findes ikke: der er ingen mappe themes/{ $theme }/
    .help = det indbyggede tema hedder "default"; eller opret themes/{ $theme }/ med dets templates/
menu-no-page = menupunktet "{ $title }" peger ikke på nogen side: "{ $target }"
    .help = angiv en indholdsfil regnet fra content/, for eksempel "process/_index.md"
menu-draft = menupunktet "{ $title }" peger på en kladde: "{ $target }"
    .help = udgiv siden (draft: false), eller tag menupunktet ud, til den er klar

## Temaet og dets skabeloner

template-unknown = temaet har ingen sideskabelon, der hedder "{ $template }"
    .help = angiv en af temaets sideskabeloner, eller fjern template:, så bruges sidens egen
template-missing = temaet mangler sideskabelonen "{ $template }"
    .help = tilføj den i templates/, eller hent den fra standardtemaet
template-error = fejl i sideskabelonen: { $detail }
template-override-breaks = standardtemaets { $template } bygger på webstedets { $overrides }, som ikke har de blokke, den udfylder: behold dem i den egne skabelon, eller lav også en egen { $template }
strings-missing = temaets tekster mangler { $keys }
    .help = Stegvis skriver siderne med dem: tilføj en linje nøgle = "…" for hver (standardtemaets i18n/-filer har dem alle)
strings-months = months skal opregne årets tolv måneder
    .help = skriv months = ["januar", "februar", …] med alle tolv
strings-toml = temaets tekster kan ikke læses som TOML: { $detail }
    .help = en linje er en nøgle = "tekst"; tekst skrives i anførselstegn
alias-too-long = aliasset "{ $alias }" har en del, der er længere end { $bytes } byte, hvilket intet filsystem kan rumme
    .help = forkort aliasset til nogle få ord
alias-taken = aliasset "{ $alias }" ville erstatte en anden side eller fil på webstedet
    .help = vælg et andet alias, eller fjern det
origin-file = { $file }
origin-theme-file = standardtemaets { $file }
origin-generated = filen, som Stegvis skriver på /{ $path }
url-two-files = { $first } og { $second } bliver begge til /{ $path }
    .help = { $generated ->
        [yes] omdøb eller flyt filen: Stegvis skriver selv den adresse
       *[no] omdøb en af dem, eller fjern en
    }
url-segment-too-long = adressedelen "{ $segment }" er længere end { $bytes } byte, hvilket intet filsystem kan rumme
    .help = forkort slug: til nogle få ord

## At læse filer

file-cannot-read = filen kan ikke læses: { $reason }
    .help = kontrollér, at filen stadig findes, og at intet andet program holder den åben, og gem igen
file-no-permission = du har ikke adgang til at læse filen
    .help = giv dig selv ret til at læse den (eller bed den, der forvalter mappen), eller fjern den fra webstedet
callout-not-one = citatet begynder med [!{ $word }] men er ingen boks, så siden viser "[!{ $word }]" som tekst
    .help = en boks begynder med > [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] eller [!CAUTION] alene på første linje, og teksten på linjerne nedenunder
config-removed-url = [[removed]] url: "{ $url }" er ingen adresse på webstedet
    .help = skriv den adresse, siden havde, under webstedets basissti: url = "/gammal-nyhet/"
config-removed-date = [[removed]] date: "{ $date }" er ingen dato
    .help = skriv den dag, den blev fjernet: date = 2026-11-20
removed-live = [[removed]] url: { $url } er adressen på en side på webstedet
    .help = en fjernet sides adresse kan ikke også vise en side: fjern posten eller siden
history-shallow = dette er en overfladisk klon af webstedets depot, så historikken læses ikke: gamle adresser får ingen omdirigeringer
    .help = hent hele historikken i CI: `fetch-depth: 0` under `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab)
history-url-two-pages = adressen { $url } har hørt til to sider, der stadig findes, så den fører ikke til nogen af dem
    .help = giv siden, som læserne af { $url } vil til, `aliases: ["{ $url }"]`
history-removed = adressen { $url } var offentliggjort fra { $from } til { $to } (fjernet i commit { $commit }), og ingen side har den nu
    .help = sig, hvor den blev af: `aliases: ["{ $url }"]` på siden, der erstatter den
document-label-not-public = dokumentet er mærket "{ $label }", som ikke er for offentligheden: det udgives ikke
    .help = udgiv en version uden mærkningen (Word: Hjem → Følsomhed → Offentlig, eller spørg den, der mærkede det), eller fjern linket
document-label = dokumentet har følsomhedsmærkatet "{ $label }"
    .help = tjek, at et dokument med dette mærkat må udgives; hvis det må, så bed om at få det mærket som offentligt
document-macros = dokumentet indeholder makroer, som et offentligt websted ikke udgiver
    .help = gem det som .docx, .xlsx eller .pptx uden makroer (Filer → Gem som), og link til det
document-tracked-changes = dokumentet har stadig registrerede ændringer: alle medlemmer kan læse det, der blev slettet
    .help = accepter eller afvis alle ændringer (Word: Gennemse → Accepter alle ændringer), og gem igen
document-comments = dokumentet har stadig kommentarer
    .help = slet kommentarerne (Word: Gennemse → Slet alle kommentarer), og gem igen
document-names = dokumentets egenskaber navngiver personer ({ $names })
    .help = fjern personlige oplysninger fra filen (Word: Filer → Oplysninger → Undersøg dokument), medmindre navnene skal udgives
document-no-title = dokumentet har ingen titel, som skærmlæsere og søgeresultater viser i stedet
    .help = giv det en titel (Filer → Oplysninger → Egenskaber → Titel), og gem igen
document-no-language = dokumentet siger ikke, hvilket sprog det er skrevet på, så skærmlæsere læser det med forkert stemme
    .help = angiv dets sprog (Word: Gennemse → Sprog → Angiv korrektursprog, for al teksten), og gem igen
document-other-language = dokumentet er på { $language }, men siden, der udgiver det, er på { $page }
    .help = udgiv dokumentet på sidens sprog, eller skriv på siden, hvilket sprog det er på; hvis sproget er forkert i filen, så ret det (Word: Gennemse → Sprog)
document-no-headings = dokumentet er en lang tekst uden overskrifter, så en skærmlæser ikke kan springe i det
    .help = markér overskrifterne med overskriftstypografier (Word: Hjem → Typografier → Overskrift 1, Overskrift 2), og gem igen
document-images-without-alt = { $count ->
        [one] 1 billede i dokumentet mangler alternativ tekst
       *[other] { $count } billeder i dokumentet mangler alternativ tekst
    }
    .help = beskriv hvert billede (højreklik → Rediger alternativ tekst), eller markér det som dekorativt, og gem igen
document-tables-without-header = { $count ->
        [one] 1 tabel i dokumentet mangler overskriftsrække
       *[other] { $count } tabeller i dokumentet mangler overskriftsrække
    }
    .help = markér den første række i hver tabel som overskriftsrække (Tabeldesign → Overskriftsrække, og Layout → Gentag overskriftsrækker), og gem igen
document-slides-without-title = { $count ->
        [one] 1 dias mangler titel
       *[other] { $count } dias mangler titel
    }
    .help = giv hvert dias en titel i dets titelpladsholder (den kan ligge uden for diasset), og gem igen
document-title-not-shown = PDF-filen har en titel, men læserens vindue viser filnavnet i stedet
    .help = vælg at vise dokumenttitlen i programmet, der lavede den (Acrobat: Filer → Egenskaber → Første visning → Vis: Dokumenttitel), eller eksportér den igen som tilgængelig PDF
document-not-tagged = PDF-filen har ingen tags, så en skærmlæser får teksten uden overskrifter, lister eller læserækkefølge
    .help = eksportér den igen med tags (Word: Filer → Gem som → PDF → Indstillinger → Dokumentstrukturkoder til tilgængelighed), eller bed om en tilgængelig version
document-image-only = { $count ->
        [one] 1 side i PDF-filen er kun et billede (scannet): teksten kan ikke læses op, søges i eller forstørres
       *[other] { $count } sider i PDF-filen er kun billeder (scannet): teksten kan ikke læses op, søges i eller forstørres
    }
    .help = udgiv originaldokumentet som tilgængelig PDF, eller kør tekstgenkendelse (OCR) på scanningen og kontrollér resultatet
document-locked = PDF-filen forbyder kopiering af teksten, også for hjælpemidler, så skærmlæsere kan måske ikke læse den
    .help = eksportér den igen uden den begrænsning (Acrobat: Filer → Egenskaber → Sikkerhed → Ingen sikkerhed)
document-password = dokumentet kan kun åbnes med adgangskode, så medlemmerne kan ikke læse det
    .help = udgiv en version uden adgangskode
document-too-slow = dokumentet tog for lang tid at læse og blev ikke kontrolleret
    .help = åbn det i sit program og gem det igen; en fil, der tager så lang tid at læse, er sandsynligvis beskadiget eller fremstillet med vilje
document-link-own-site = dokumentet linker til { $target }, som ikke findes på webstedet
    .help = ret linket i dokumentet og gem det igen, eller giv siden, der erstattede det, den gamle adresse i aliases:
document-too-large = dokumentet er for stort til at blive læst, før det udgives
    .help = gør det mindre (komprimer billederne), eller del det op i flere dokumenter
document-unreadable = dokumentet kan ikke læses: { $reason }
    .help = åbn det i dets program, og gem det igen; en beskadiget fil udgives ikke
content-too-deep = elementerne ligger mere end { $levels } niveauer dybt her (citat i citat, eller indsat HTML); browsere holder op med at indlejre ved den dybde, så siden vil ikke se ud, som den er skrevet
    .help = luk hvert HTML-element, du åbner (</div> for <div>), eller indlejr citater og lister mindre dybt
frontmatter-invalid = sidehovedet kan ikke læses: { $detail }
    .help = sidehovedet er nøgler med værdier, én pr. linje, som title: "Forberedelse"
item-invalid = { $item ->
        [agenda] et dagsordenspunkt
        [goal] et mål
       *[indicator] en indikator
    } kan ikke læses: { $detail }
    .help = et punkt skrives sådan: - { $example }, én nøgle pr. linje
image-unreadable = billedet kan ikke læses ({ $detail }); det offentliggøres, som det er, uden mindre kopier og med det, kameraet skrev i det
    .help = åbn det i et billedprogram, og gem det igen som JPEG eller PNG
image-large = billedet er { $size } kB, over grænsen på { $limit } kB
    .help = siderne viser mindre kopier, men den, der åbner originalen, henter den: gem det mindre (2000 pixels bredt er nok), eller hæv [images] warn_over_kb
data-not-utf8 = filen er ikke tekst, som et regneark gemmer den (UTF-8, UTF-16 eller Windows-1252)
    .help = åbn den i Excel, og gem den som UTF-8: Filer → Gem som → "CSV UTF-8 (kommasepareret)"
data-yaml-unreadable = tabellen kan ikke læses: { $detail }
    .help = en tabel i YAML er en liste med poster: - sygehus: Aarhus, én nøgle pr. linje
data-toml-unreadable = tabellen kan ikke læses: { $detail }
    .help = en tabel i TOML er en liste med poster: [[sygehus]] over hver posts nøgler
data-column-duplicate = kolonnenavnet "{ $column }" står to gange, og et diagram eller en tabel angiver en kolonne med dens navn
    .help = giv hver kolonne sit eget navn i første række
data-column-empty = kolonne { $n } har intet navn, så intet diagram og ingen tabel kan angive den
    .help = giv den et navn i første række, eller fjern kolonnen
data-formula-cell = "{ $text }" begynder som en regnearksformel, og filen kan hentes: et regneark, der åbner den, kan køre den
    .help = hvis det er tekst, så lad den begynde med et bogstav eller et mellemrum i stedet; et tal skrives 68,5 eller −3
data-too-large = filen er { $size } MB, mere end de { $limit } MB en tabel må fylde, så den læses ikke
    .help = en tabel er til de nøgletal, siderne viser: behold de rækker og kolonner her, og offentliggør hele filen som bilag i content/
data-large = filen er { $size } MB; en tabel over { $limit } MB gør hvert byg og siderne, der viser den, langsomme
    .help = en tabel er til de nøgletal, siderne viser: behold de rækker og kolonner her, og offentliggør hele filen som bilag i content/
data-too-many-rows = tabellen har { $rows } rækker, flere end de { $limit } en tabel må have, så den læses ikke
    .help = en tabel er til de nøgletal, siderne viser: behold de rækker her, og offentliggør hele filen som bilag i content/
data-many-rows = tabellen har { $rows } rækker; en tabel med flere end { $limit } gør siderne, der viser den, langsomme
    .help = en tabel er til de nøgletal, siderne viser: behold de rækker her, og offentliggør hele filen som bilag i content/
data-too-many-categories = diagrammet ville tegne { $rows } kategorier, flere end de { $limit }, der er plads til i ét
    .help = lav en mindre tabel med de rækker, der skal sammenlignes, eller vis denne som en table-blok

## Hvad du skriver i stedet, efter hvad der gik galt

help-yaml-duplicate = hver nøgle må stå én gang: fjern en af dem, eller omdøb den
help-yaml-colon = sæt en værdi med kolon i anførselstegn: title: "Møde: planlægning"
help-yaml-bracket = luk den på samme linje (tags: [a, b]), eller sæt teksten i anførselstegn, hvis parentesen hører til den
help-yaml-tabs = YAML rykkes ind med mellemrum, ikke tabulatorer: udskift tabulatoren med mellemrum
help-yaml-too-deep = sidehovedet er for dybt indlejret eller gentager sig for meget; hold det til enkle nøgler og lister
help-yaml-keys = sidehovedet er nøgler med værdier, én pr. linje, som title: "Forberedelse"
help-yaml-quoting = kontrollér anførselstegn og indrykning på linjen; tekst med kolon i skal have anførselstegn
help-value-weight = skriv et heltal, for eksempel 10
help-value-short-list = skriv { $key } som en liste, for eksempel ["a", "b"]
help-value-list = skriv { $key } som en liste: ét punkt pr. linje under den, hvert med - først
help-value-number = skriv et heltal, uden anførselstegn
help-value-keys = skriv { $key } med egne nøgler under den, indrykket, én pr. linje
help-value-text = skriv en almindelig tekstværdi; sæt den i anførselstegn, hvis den indeholder kolon

## De færdige sider (stegvis check)

html-link = <{ $element } { $attribute }="{ $value }">: { $problem }
    .help = linket står i sidens HTML: i indsat HTML, eller i sideskabelonen, der skrev det
html-link-empty = linket er tomt
html-link-outside-base = det ligger uden for webstedets sti { $base }
html-link-no-file = der findes ingen sådan side eller fil på webstedet
html-link-no-id = der findes intet id "{ $id }" på { $page }
html-id-twice = id'et "{ $id }" bruges to gange på siden
    .help = et id må bruges én gang pr. side: ændr et af dem
help-id-of-the-theme = temaet bruger selv det id: giv overskriften et andet {"{"}#id{"}"}

## Links til andre websteder (stegvis check --external)

document-external-url = { $url }, som dokumentet { $document } linker til: { $outcome }
    .help = åbn adressen i en browser; ret linket i dokumentet og gem det igen, hvis det heller ikke virker for læserne
external-url = { $url }: { $outcome }{ $uses ->
        [1] {""}
       *[other] {" "}(linket { $uses } gange)
    }
    .help = åbn adressen i en browser; ændr eller fjern linket, hvis det heller ikke virker for læserne
external-moved = er flyttet; link til den nye adresse
external-broken = brudt ({ $why })
external-login = kræver login ({ $status })
external-slow-down = serveren bad os sætte farten ned (429); prøv igen senere
external-timeout = intet svar i tide
external-out-of-time = intet endeligt svar inden for { $seconds } s ({ $requests ->
        [one] { $requests } forespørgsel
       *[other] { $requests } forespørgsler
    }{ $redirects ->
        [0] {""}
        [one] , { $redirects } omdirigering
       *[other] , { $redirects } omdirigeringer
    }{ $status ->
        [none] {""}
       *[other] , serveren svarede { $status } og bad os vente, gang på gang
    }); gav op
external-failed = mislykkedes ({ $why })

## Forhåndsvisningen

serve-panicked = Stegvis fejlede med denne version af webstedet (en fejl i Stegvis: meld den gerne); forhåndsvisningen viser den seneste vellykkede version
render-panicked = Stegvis fejlede under skrivningen af denne side (en fejl i Stegvis: meld den gerne med siden): { $detail }

## stegvis cms

cms-kept-changed = beholdt { $at }, som det står i config.yml: det er ændret i hånden, og webstedet siger nu noget andet der
cms-kept-gone = beholdt { $at }: webstedet har det ikke længere, men det er ændret i hånden i config.yml; fjern det der, hvis det ikke skal bruges
cms-kept-unknown = beholdt { $at }, som det står i config.yml (webstedet siger noget andet; uden en oversigt over, hvad stegvis cms skrev sidst, regnes en værdi som sat i hånden)
cms-unlisted = { $count ->
        [one] 1 side får sin type fra sit afsnit og skriver den ikke
       *[other] { $count } sider får deres type fra deres afsnit og skriver den ikke
    }, og redigeringsværktøjet viser kun sider, der gør ({ $pages }): kør stegvis cms --add-kinds for at skrive den ind
cms-no-decap = adminsiden indlæser Decap CMS fra static/admin/{ $script }, som ikke er der endnu: kopier dist/decap-cms.js fra npm-pakken decap-cms derhen (README: "Editing in the browser")

## Ny portal (stegvis init)

init-site-title = Vores forbedringsnetværk
init-site-description = Netværkets fælles arbejdsform, møder og skabeloner.
init-home-body = Her samler netværket sin fælles arbejdsform: { $process }, { $meetings } og { $templates }.
init-process-title = Processen
init-process-description = Sådan arbejder vi, fase for fase.
init-process-body = Processen har faser, og hver fase har trin.
init-phase-title = Forberedelse
init-phase-purpose = Teamet sættes sammen, og opgaven bliver tydelig.
init-phase-outcome = Et team med en opgave, som ledelsen står bag.
init-step-title = Sæt teamet sammen
init-step-body = Teamet sættes sammen: hvem der er med, hvem der leder arbejdet, og hvor ofte teamet mødes.
init-meetings-title = Møder
init-meetings-description = Netværkets møder med dagsorden og bilag.
init-meeting-title = Netværkets første møde
init-meeting-location = Sted følger senere
init-agenda-welcome = Velkommen og dagsorden
init-agenda-work = Sådan arbejder vi videre
init-templates-title = Skabeloner
init-templates-description = Dokumentskabeloner til download og udfyldning.
init-done = Den nye portal ligger i { $dir }. Se den med: stegvis serve --root { $dir }
    .help = CI-filerne .github/workflows/portal.yml (GitHub) og .gitlab-ci.yml (GitLab) bygger portalen ved hver ændring og udgiver den; behold den, der passer jer, og slet den anden.
init-pages = Slå Pages til, før I sender første gang til GitHub: repoets Settings → Pages → Source: "GitHub Actions". GitLab offentliggør med Pages, som det er.
init-holds-a-site = { $dir } har allerede et websted ({ $file }); stegvis init skriver kun i en mappe uden websted
init-file-exists = { $file } findes allerede; stegvis init overskriver aldrig en fil. Flyt den, eller vælg en anden mappe.
init-figures-title = Nøgletal
init-figures-description = Ventetiden til første besøg på netværkets enheder, sammenlignet med landsmedianen.
init-figures-body = Ventetiden til første besøg, i dage, på netværkets enheder. Den stiplede linje er landsmedianen.
init-figures-chart = Ventetid til første besøg
init-figures-unit = dage
init-figures-category = enhed
init-figures-value = ventetid
init-figures-median = median
init-figures-median-label = Landsmedian
init-figures-row = Enhed { $n }
init-figures-guide = Et eksempel med opdigtede tal, derfor et udkast (draft: true): udskift tallene i { $file } med jeres egne, og fjern linjen draft. README for Stegvis beskriver diagrammer og tabeller.
init-templates-guide = Tilføj en skabelon med `stegvis new skabelon "Skabelonens navn"`, og læg filen ved siden af.
init-step-guide = Beskriv, hvad teamet gør i trinnet, hvem der gør hvad, og hvornår trinnet er færdigt.
init-process-guide = Tilføj et trin med `stegvis new trin "Trinnets navn"`.
init-home-guide = Skriv teksten nedenfor om: forsiden viser den.
init-a11y-organisation = Vores organisation
init-a11y-method = Webstedet er nyt. Standardtemaet er testet med automatiske værktøjer (axe-core) og tastatur; indholdet er ikke gennemgået endnu.
init-a11y-known = Indholdet er nyt og er ikke gennemgået endnu.

# Forhåndsvisningen (serve): fejldialogen, advarslerne og oversigten.
serve-errors-heading = Siden kunne ikke bygges
serve-errors-intro = Ret fejlene nedenfor og gem; siden genindlæses af sig selv. Imens vises den seneste fungerende version.
serve-close = Luk
serve-warnings-on-page = { $n ->
        [one] 1 advarsel på siden
       *[other] { $n } advarsler på siden
    }
serve-all-findings = Alle fejl og advarsler i portalen
serve-more-errors = og { $n } fejl mere
serve-hide = Skjul advarslerne
serve-overview-title = Det skal rettes i portalen
serve-overview-intro = Alt hvad forhåndsvisningen har fundet, side for side. Siden opdateres, når du gemmer. Den findes kun her, aldrig i den offentliggjorte portal.
serve-none = Intet at rette.
serve-review-heading = Sider der skal gennemgås
serve-by-page-heading = Pr. side
serve-documents-heading = Dokumenter, der skal rettes
serve-by-owner-heading = Pr. ejer
serve-no-owner = Ingen ejer angivet
serve-page = Side
serve-owner = Ejer
serve-review-by = Gennemgås senest
serve-error = fejl
serve-warning = advarsel

# Hvad kommandoerne siger (new, cms, init), og hvorfor en fil ikke kunne skrives.
io-exists = der findes allerede en fil med det navn
io-no-permission = du har ikke tilladelse til at skrive der
io-not-found = mappen eller filen findes ikke
io-disk-full = disken er fuld
io-read-only = disken kan kun læses
io-other = { $reason }
file-cannot-write = kan ikke skrive { $path }: { $reason }
place-not-plain = { $path } er ikke en sti inde i webstedet (ingen .., ingen absolut sti)
place-link = { $path } er et symbolsk link; stegvis skriver kun i webstedet, aldrig gennem et link
place-unreadable = { $path }: { $reason }
answer-unreadable = kan ikke læse svaret: { $reason }
new-title-control = titlen "{ $title }" indeholder et kontroltegn ({ $code }); skriv den på én linje, uden det
new-title-no-letters = titlen "{ $title }" har ingen bogstaver eller cifre at lave et filnavn af
new-area-not-in-plan = et delområde hører til en plan, og content/{ $folder } er ingen; angiv en plans mappe med --section, eller lav en: en mappe hvis _index.md har kind: plan
new-cannot-write-kind = stegvis new kan ikke skrive en side af typen { $kind }
new-no-folder = der findes ingen mappe content/{ $folder }; angiv en mappe under content/ med --section
new-section-refused = --section: { $why }; angiv en mappe under content/
new-report-no-areas = en rapport gælder et delområde, og webstedet har ingen; skriv delområdet først: stegvis new area "…"
new-not-an-area = "{ $given }" er ikke et delområde
new-not-an-area-like = "{ $given }" er ikke et delområde — mente du "{ $suggestion }"?
new-name-the-area = angiv delområdet, som rapporten gælder, med --area, et af: { $areas }
new-which-area = Hvilket delområde gælder rapporten?
new-number-or-path = Nummer eller sti:
cms-not-ours = { $path } blev ikke skrevet af stegvis cms; flyt den, eller erstat den med --force
cms-config-unreadable = { $why }; ret den (browsereditoren kan heller ikke læse den), eller skriv en ny med --force
cms-no-front-matter = { $path }: sidehovedet begynder ikke med ---; skriv --- som første linje

# Hvad en side henter fra andre oprindelser (privatliv).
privacy-third-party = siden henter { $url } fra { $host }: adressen på hver besøgende går til { $host }, før de har valgt det
    .help = link dertil i stedet (så vælger læseren), eller læg filen på webstedet; hvis det er meningen, så tillad oprindelsen i site.toml: [privacy] allow = ["{ $origin }"]
config-privacy-origin = [privacy] allow: "{ $origin }" er ingen oprindelse
    .help = skriv kun protokol og vært, som i https://www.youtube-nocookie.com

# Tilgængelighedserklæringen ([accessibility]).
config-a11y-missing = [accessibility] mangler { $key }: tilgængelighedserklæringen skal angive { $what }
    .help = tilføj den under [accessibility] i site.toml; README ("Publishing lawfully") viser alle nøgler
a11y-what-country = landet, hvis regler gælder (se, no eller dk)
a11y-what-organisation = navnet på organisationen bag webstedet
a11y-what-conformance = hvor godt webstedet overholder kravene: full, partial eller none
a11y-what-assessed = datoen for den seneste vurdering
a11y-what-method = hvordan webstedet er vurderet (for eksempel egen vurdering med automatiske værktøjer og manuel kontrol)
a11y-what-known-problems = hvad der ikke er tilgængeligt og hvorfor (known_problems), da webstedet ikke overholder kravene fuldt ud
a11y-what-feedback = en måde at melde om mangler på: feedback (en webadresse) eller contact (en e-mailadresse)
config-a11y-country = [accessibility] country: "{ $country }" er ikke en af se, no og dk
config-a11y-conformance = [accessibility] conformance: "{ $conformance }" er ikke en af full, partial og none
config-a11y-date = [accessibility]: "{ $date }" er ingen dato; skriv den som 2026-09-01
config-a11y-url = [accessibility] { $key }: "{ $url }" er ingen webadresse; skriv den med https://
config-a11y-host = [accessibility] { $key }: "{ $url }" er ingen adresse på { $host }
a11y-assessment-old = tilgængelighedserklæringen blev senest vurderet { $date }, for mere end 12 måneder siden: den skal gennemgås hvert år
    .help = vurder webstedet igen og skriv den nye dato i [accessibility] assessed
a11y-statement-elsewhere = [accessibility] mangler { $key }: tilgængelighedserklæringen offentliggøres hos styrelsen, og hver side skal linke til den
    .help = offentliggør erklæringen dér og angiv dens adresse: { $key } = "https://…"
a11y-unconfirmed = tilgængelighedserklæringen oplister { $count ->
        [one] én mangel
       *[other] { $count } mangler
    }, som kontrollerne har fundet, og som known_problems ikke nævner: { $names }
    .help = bekræft hver af dem i [accessibility] known_problems (hvad der ikke er tilgængeligt, hvorfor og hvornår det rettes), eller ret den
