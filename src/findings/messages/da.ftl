# Hvad Stegvis siger til redaktørerne, på dansk.

## Udskrifterne

did-you-mean = – mente du "{ $suggestion }"?

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
file-link-outside = det symbolske link peger uden for webstedet, til { $target }; kun filer i webstedets mappe offentliggøres
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
