# Det Stegvis seier til redaktørane, på nynorsk.

## Utskriftene

did-you-mean = – meinte du "{ $suggestion }"?

## Innhaldstypane, med ubunden artikkel

kind-a = { $kind ->
    [process] ein prosess
    [phase] ein fase
    [step] eit steg
    [template] ein mal
    [meeting] eit møte
    [material] eit læringsmateriell
    [plan] ein plan
    [area] eit delområde
    [report] ein trafikkrapport
   *[page] ei side
}

## Lenker i teksten

link-on-computer = "{ $target }" er ei fil på { $place ->
        [share] ein nettverksdisk
       *[computer] nokon si datamaskin
    }, og ho kan ikkje lesarane av portalen opne
    .help = kopier fila til content/, ved sida av denne sida, og lenk til ho med namnet (til dømes plan.docx)
link-outside = "{ $target }" peikar utanfor content/
    .help = lenk berre til filer i content/; til andre nettstader med ei heil https://-adresse
link-draft = "{ $target }" er eit utkast og blir ikkje publisert
    .help = publiser sida (draft: false), fjern lenka eller bygg med --drafts for å førehandsvise
link-no-page = inga side heiter "{ $target }"
    .help = lenk til kjeldefila, rekna frå denne fila (til dømes steg-2.md eller ../malar/mal.md)
link-no-file = inga fil heiter "{ $target }"
    .help = legg fila i content/ og lenk til ho rekna frå denne sida (til dømes vedlegg.pdf, ved sida av sida)
link-no-image = ikkje noko bilete heiter "{ $target }"
    .help = legg biletet i content/ og skriv namnet rekna frå denne sida: ![Kva biletet viser](bilete.png)
link-own-site = det finst inga side eller fil på "{ $target }" i portalen
    .help = dette er den eigne adressa til portalen: lenk heller til kjeldefila (til dømes ../om/prinsipp.md), så følgjer lenka med når sida blir flytta
fragment-missing = det finst ingen overskrift eller id "#{ $fragment }" i { $file }
    .help = lenk til ei overskrift på sida som #id-en hennar: teksten i overskrifta med små bokstavar og - i staden for mellomrom

## Tilvisingar i sidehovudet

reference-wrong-kind = "{ $target }" i { $field } er { $found }, ikkje { $expected_a }
    .help = { $field } viser berre til sider av typen { $expected }
reference-draft = "{ $target }" i { $field } er eit utkast og blir ikkje publisert
    .help = publiser ho (draft: false), fjern ho frå lista eller bygg med --drafts for å førehandsvise
reference-missing = inga side heiter "{ $target }" i { $field }
    .help = skriv stien til innhaldsfila rekna frå content/, til dømes malar/trafikkrapport.md

## Sidehovudet

frontmatter-unknown-key = ukjend nøkkel "{ $key }"
    .help = eigne opplysningar skriv du under extra:
frontmatter-no-title = sidehovudet manglar title
    .help = legg til ei linje som: title: "Førebuing"
frontmatter-not-a-date = feil verdi for "{ $key }": "{ $value }" er ingen verkeleg dato
    .help = skriv datoar som ÅÅÅÅ-MM-DD, til dømes 2025-02-28
frontmatter-not-one-of = feil verdi for "{ $key }": "{ $value }" er ikkje ein av { $known }
frontmatter-not-a-boolean = feil verdi for "{ $key }": "{ $value }" er verken true eller false
    .help = skriv { $key }: true eller { $key }: false

## Gjennomgang før publisering

lint-placeholder = "{ $text }" er tekst som skal fyllast ut
    .help = skriv det som skal stå her, eller ta det bort: sida blir publisert slik ho står
lint-empty-link = lenka "{ $text }" fører ingen stader
    .help = skriv sida eller fila ho skal opne mellom parentesane, til dømes (../malar/trafikkrapport/index.md), eller fjern lenka
lint-missing-alt = biletet manglar alternativ tekst – skildra kva det viser
    .help = skriv kva biletet viser mellom hakeparentesane: ![Flyten frå tilvising til oppstart](bilete.png); eit bilete som berre pyntar skriv du som <img src="…" alt="">
lint-missing-alt-html = biletet manglar attributtet alt
    .help = legg til alt="…" som skildrar kva det viser, eller alt="" om det berre pyntar
lint-link-text = lenkjeteksten "{ $text }" seier ikkje kvar lenka fører
    .help = la orda i lenka seie kva ho opnar: [trafikkrapportmalen](…) i staden for [klikk her](…)
lint-heading-one = "{ $text }" er ei #-overskrift; tittelen på sida er den einaste
    .help = byrj overskriftene i teksten med ## (og ### under dei)
lint-heading-skip = overskrifta "{ $text }" hoppar frå nivå { $from } til nivå { $to }
    .help = skriv ho med { $hashes } så den som lyttar med skjermlesar høyrer kvar ho høyrer heime
lint-review-due = sida skulle vore gjennomgått innan { $date }: { $owner } (eigaren av sida) må lese ho att
    .help = les sida, rett det som er endra, og set review_by: til neste dato
lint-review-due-no-owner = sida skulle vore gjennomgått innan { $date }, og ho oppgir ingen eigar som gjer det
    .help = les sida, set review_by: til neste dato og skriv kven som er ansvarleg med owner:

## Innhaldstypane og felta deira

kind-not-a-field = "{ $key }" er ikkje eit felt for { $kind_a } (det høyrer til: { $owners })
    .help = { $fields ->
        [none] { $kind_a } har berre dei felles felta
       *[other] felta for { $kind_a } er { $fields }
    }; endra kind: for å endre kva sida er
kind-section = { $kind_a } er ein seksjon: skriv han som _index.md i mappa si
kind-phase-in-process = ein fase høyrer til ein prosess: mappa over treng ei _index.md med kind: process
kind-step-in-phase = eit steg høyrer til ein fase: legg det i ei mappe der _index.md har kind: phase
kind-area-in-plan = eit delområde høyrer til ein plan: legg det i ei mappe der _index.md har kind: plan (eller kind: area, for eit delområde i eit delområde)
kind-report-is-a-page = ein trafikkrapport er ei side, ikkje ein seksjon: skriv han som ei eiga fil
item-unknown-key = ukjend nøkkel "{ $key }" i { $item ->
        [agenda] eit dagsordenpunkt
        [goal] eit mål
       *[indicator] ein indikator
    }
    .help = { $item ->
        [agenda] eit dagsordenpunkt
        [goal] eit mål
       *[indicator] ein indikator
    } har { $keys }
item-missing-key = { $item ->
        [agenda] eit dagsordenpunkt
        [goal] eit mål
       *[indicator] ein indikator
    } treng { $key }:
    .help = skriv slik: - { $example }, éin nøkkel per linje
meeting-needs-date = eit møte treng ein dato
    .help = legg til ei linje som: date: 2025-02-28
meeting-ends-before-start = møtet sluttar før det byrjar
    .help = end: er tida møtet sluttar, seinare enn start:
meeting-not-a-time = feil verdi for "{ $key }": "{ $value }" er ikkje eit klokkeslett
    .help = skriv klokkeslett som "TT:MM" i hermeteikn, til dømes "09:00"
template-needs-file = ein mal treng file: dokumentet som blir lasta ned
    .help = legg til ei linje som: file: trafikkrapportmal.docx (rekna frå mappa til malsida)
template-no-file = inga fil heiter "{ $file }" for malen
    .help = file: blir rekna frå mappa til denne sida, som ei lenkje i teksten
template-file-outside = "{ $file }" ligg utanfor content/
    .help = legg dokumentet i content/, ved sida av sida til malen
report-needs = ein trafikkrapport treng { $key }:
    .help = legg til ei linje som: { $key }: { $example }
report-organisation-empty = organisation er tom: skriv kva organisasjon som rapporterer
    .help = skriv han som: organisation: "Region Nord"
area-year-twice = året { $year } har alt eit mål
    .help = kvart år har eitt mål: skriv dei i same punkt
area-year-in-quotes = året "{ $year }" for eit mål står i hermeteikn
    .help = skriv året som eit tal, utan hermeteikn: year: 2025
area-not-a-year = året for eit mål er ikkje eit år: { $year }
    .help = skriv året som eit tal, til dømes year: 2025
area-no-data = inga datafil heiter "data/{ $file }" for indikatoren
    .help = data: viser til ei fil i data/, til dømes nokkeltal/reinhald.csv
area-no-numbers = data/{ $file } har ingen kolonne med tal å teikne
    .help = fila til indikatoren har først kategoriane (år, periodar), deretter kolonnar med tal

## Filer og sider

file-name-not-utf8 = filnamnet er ikkje gyldig UTF-8
    .help = gi fila nytt namn; namn kan innehalde alle bokstavar, også å æ ø
file-not-utf8 = fila er ikkje tekst i UTF-8
    .help = lagre fila som UTF-8; ho kan vere lagra i ei eldre teiknkoding som ISO-8859-1 eller Windows-1252
file-empty = fila er tom
    .help = ei side treng eit sidehovud: ei linje ---, ei linje title: "…" og ei linje ---
file-link-loops = den symbolske lenkja fører tilbake til { $target }
    .help = fjern lenkja, eller la ho peike på ei anna mappe i nettstaden
file-link-dangles = den symbolske lenkja peikar på { $target }, som ikkje finst
    .help = fjern lenkja, eller la ho peike på ei fil i nettstaden
file-link-outside = den symbolske lenkja peikar utanfor nettstaden, til { $target }; berre filer i mappa til nettstaden blir publiserte
    .help = kopier fila til mappa til nettstaden i staden for å lenkje til ho
file-not-regular = dette er ikkje ei vanleg fil eller mappe (det er ein pipe, ein socket eller ei eining), så ho kan ikkje publiserast
    .help = fjern ho frå mappa til nettstaden
url-same = { $first } og { $second } blir begge /{ $url }
    .help = gi ei av dei nytt namn, eller gi ei av dei ein annan slug: i sidehovudet
url-same-lookalike = { $first } og { $second } blir begge /{ $url }: namna ser like ut, men er skrivne med ulike teikn
    .help = gi ei av dei nytt namn, eller gi ei av dei ein annan slug: i sidehovudet
reference-undefined = tilvisinga [{ $label }] er ikkje definert
    .help = legg til ei linje som [{ $label }]: steg-2.md under teksten, eller rett merkelappen
heading-id-twice = id-en "{ $id }" finst to gonger på sida
    .help = gi kvar overskrift sin eigen {"{"}#id{"}"}; lenkjer til id-en kan berre nå éi av dei

## Sjølve sidehovudet

frontmatter-missing = sida har ikkje noko sidehovud: den første linja må vere ---
    .help = byrj fila med eit sidehovud: ei linje ---, ei linje title: "…" og ei linje ---
frontmatter-unclosed = sidehovudet blir aldri avslutta: det finst inga andre linje med ---
    .help = avslutt sidehovudet med ei linje med berre --- før teksten på sida
frontmatter-empty = sidehovudet er tomt: ei side treng ein title
    .help = legg til ei linje som: title: "Førebuing"
frontmatter-title-empty = title er tom
    .help = skriv tittelen på sida etter title:, til dømes title: "Førebuing"
frontmatter-control-character = verdien av "{ $key }" inneheld eit kontrollteikn ({ $code }), som sider, straumar og kalendrar ikkje kan vise
    .help = fjern det; slike teikn følgjer med tekst som blir limt inn frå andre program
frontmatter-invalid-yaml = sidehovudet kan ikkje lesast som YAML: { $detail }
frontmatter-unknown-key-in = ukjend nøkkel "{ $key }" i { $parent }
    .help = nøklane som kan stå her, er { $keys }
frontmatter-invalid-value = feil verdi for "{ $key }": { $detail }

## Tabellar og diagram

data-block-yaml = { $block }-blokka kan ikkje lesast som YAML: { $detail }
    .help = skriv éin nøkkel per linje: { $first }: …
data-block-no-keys = { $block }-blokka inneheld ingen nøklar
    .help = ei { $block }-blokk inneheld nøklar som data: og { $example }:
data-block-unknown-key = ukjend nøkkel "{ $key }" i ei { $block }-blokk
    .help = ei { $block }-blokk har { $keys }
data-block-needs = { $block }-blokka treng { $key }:
data-block-unexpected = { $block }-blokka er ikkje som venta: { $detail }
data-no-file = inga datafil heiter "data/{ $file }"
    .help = data: viser til ei fil i data/, til dømes nokkeltal/reinhald.csv
data-no-column = { $key }: "{ $column }" er ingen kolonne i data/{ $file }
    .help = kolonnane er { $columns }
data-not-a-number = "{ $text }" i kolonnen { $column } er ikkje eit tal, og eit diagram i { $page } teiknar han
    .help = skriv tal som 68,5 eller 68.5; la cella stå tom der det ikkje finst nokon verdi
data-chart-type = type: "{ $type }" er verken bar eller line

## Rekkjefølgje og adresser

weight-missing = { $kind ->
        [phase] fasen
       *[step] steget
    } har ingen weight, så plassen i rekkjefølgja blir avgjord av tittelen
    .help = gi { $kind ->
        [phase] kvar fase
       *[step] kvart steg
    } ein weight: 1, 2, 3, …
weight-twice = weight: { $weight } har også { $other }; tittelen avgjer kva som kjem først
    .help = gi kvar sin eigen weight
slug-empty = slug: "{ $slug }" gir ein tom del av adressa
    .help = skriv ein slug med bokstavar eller siffer, som slug: "om-oss"
name-empty = namnet "{ $name }" gir ein tom del av adressa
    .help = gi fila eit namn med bokstavar eller siffer, eller set slug: i sidehovudet

## Datafiler

table-column-names = kolonnenamna kan ikkje lesast: { $detail }
    .help = første rad namngir kolonnane, skilde med ; eller ,
table-row-length = rada har { $cells } celler, men første rad namngir { $columns } kolonnar
    .help = gi kvar rad like mange celler som det er kolonnar; ei tom celle blir skriven som ingenting mellom to skiljeteikn
table-row = rada kan ikkje lesast: { $detail }

## stegvis new: kommentarane i ei ny side, og kva du gjer etterpå

new-template-comment = Legg dokumentet i denne mappa og skriv namnet her, og fjern så draft: true.
new-template-hint = legg dokumentet ved sida av sida i { $folder }, skriv namnet i file: og fjern draft: true
new-report-status-comment = green (i samsvar med planen), yellow (fare for avvik) eller red (avvik)
new-report-draft-comment = Fjern draft: true når rapporten er fylt ut.
new-report-hint = fyll ut organisation:, status: og dei fire listene, og fjern så draft: true
