# Det Stegvis seier til redaktørane, på nynorsk.

## Utskriftene

# After a finding that one template gives on several pages.
on-pages = {" "}(på { $pages } sider)
did-you-mean = – meinte du "{ $suggestion }"?

# GitHub viser høgst 10 feil- og 10 åtvaringsmerknader per steg.
github-more = { $errors ->
        [0] { $warnings } { $warnings ->
            [one] åtvaring
           *[other] åtvaringar
        }
       *[other] { $errors } { $errors ->
            [one] feil
           *[other] feil
        }{ $warnings ->
            [0] {""}
           *[other] {" "}og { $warnings } { $warnings ->
                [one] åtvaring
               *[other] åtvaringar
            }
        }
    } til blir ikkje viste som merknader (GitHub viser { $shown } av kvart slag): dei står i loggen nedanfor og i samandraget for jobben.
findings-count = { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }
github-summary-place = Stad
github-summary-kind = Type
github-summary-message = Kva som er feil
github-summary-suggestion = Forslag

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
link-to-output = "{ $target }" er der ei side blir publisert, ikkje kjeldefila
    .help = lenk til Markdown-fila til sida, { $source }: då verkar lenkja òg i førehandsvisingar og følgjer med når sida blir flytta
link-almost-spaces = "[{ $text }]({ $target })" er inga lenkje og blir publisert som tekst: ei adresse kan ikkje innehalde mellomrom
    .help = skriv [{ $text }](<{ $target }>), eller %20 for kvart mellomrom
link-almost-gap = "[{ $text }] ({ $target })" er inga lenkje og blir publisert som tekst: det står eit mellomrom mellom ] og (
    .help = skriv [{ $text }]({ $target })
link-almost-unclosed = "[{ $text }]({ $target }" er inga lenkje og blir publisert som tekst: adressa blir aldri avslutta
    .help = avslutt adressa med ), som i [{ $text }]({ $target })
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
meeting-online-url = online_url: "{ $value }" er ikkje ei nettadresse
    .help = skriv lenkja til møtet slik ho byrjar, med https://, til dømes online_url: "https://meet.example.org/abc-123"
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
file-link-outside = den symbolske lenkja peikar på { $target }, utanfor kjeldemappene til nettstaden (content/, static/, data/, themes/, templates/) eller inn i ei gøymd mappe som .git; berre filer i desse mappene blir publiserte
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
yaml-colon = eit kolon og eit mellomrom startar ein ny nøkkel her, midt i ein verdi
yaml-duplicate-key = nøkkelen "{ $key }" står to gonger
yaml-unclosed-bracket = parentesen { $bracket } som startar her, vert aldri lukka
yaml-unclosed-quote = hermeteiknet som startar her, vert aldri lukka
yaml-tab = ein tabulator er brukt til innrykk
yaml-expected-key = ei linje her er verken nøkkel: verdi eller eit punkt i ei liste over
yaml-parser = { $detail }
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

## site.toml

config-not-utf8 = site.toml er ikkje tekst i UTF-8
    .help = lagra fila som UTF-8; ho kan vere lagra i ei eldre teiknkoding som ISO-8859-1 eller Windows-1252
config-toml = site.toml kan ikkje lesast som TOML: { $detail }
    .help = ei linje er ein nøkkel = ein verdi; tekst skriv du i hermeteikn, til dømes title = "Nettverket"
config-unknown-key = ukjend nøkkel "{ $key }" i site.toml
    .help = nøklane som kan stå her, er { $keys }
config-language = language = "{ $value }" er ikkje eit språk som er støtta
    .help = skriv eitt av { $codes }
config-base-url = base_url = "{ $value }" er ikkje ei fullstendig http(s)-adresse
    .help = skriv ho som "https://example.org/portal/"
config-timezone = timezone = "{ $value }" er ikkje ei kjend tidssone
    .help = skriv eit namn frå tidssonedatabasen, til dømes "Europe/Oslo" eller "Europe/Stockholm"
config-external-level = external_level = "{ $value }" er verken warning eller error
    .help = skriv external_level = "warning" eller external_level = "error"
config-no-rule = { $key }: det finst ingen regel som heiter "{ $rule }"
    .help = reglane er { $rules }
config-placeholder-pattern = mønsteret "{ $pattern }" i placeholders er ikkje eit regulært uttrykk: { $detail }
    .help = skriv det som eit regulært uttrykk, til dømes "\\[fyll inn\\]" for [fyll inn]; ein omvend skråstrek skriv du to gonger i site.toml
config-exclude-pattern = mønsteret "{ $pattern }" i exclude er ikkje eit regulært uttrykk: { $detail }
    .help = skriv det som eit regulært uttrykk, til dømes "^https://intranett\\." ; ein omvend skråstrek skriv du to gonger i site.toml
config-not-text = { $key } er ikkje tekst
    .help = skriv han i hermeteikn, til dømes { $key } = "…"
config-accent-not-a-colour = accent = "{ $value }" er ikkje ein farge
    .help = skriv han som ein heksadesimal farge, til dømes accent = "#1d5c4d"
config-accent-contrast = accent = "{ $value }" har kontrasten { $ratio_comma }:1 mot den kvite sida, og lenkjer treng minst 4,5:1
    .help = vel ein mørkare nyanse av fargen, til dømes frå den grafiske profilen til nettverket
theme-no-logo = det finst inga fil "{ $logo }" for logoen
    .help = legg logoen i static/ og oppgje han rekna frå mappa til nettstaden, til dømes logo = "static/logo.svg"
theme-not-found = temaet "{ $theme }" finst ikkje: det er inga mappe themes/{ $theme }/
    .help = det innebygde temaet heiter "default"; eller lag themes/{ $theme }/ med templates/
menu-no-page = menypunktet "{ $title }" peikar ikkje på noka side: "{ $target }"
    .help = oppgje ei innhaldsfil rekna frå content/, til dømes "process/_index.md"
menu-draft = menypunktet "{ $title }" peikar på eit utkast: "{ $target }"
    .help = publiser sida (draft: false), eller ta menypunktet ut til ho er klar

## Temaet og malane

template-unknown = temaet har ingen sidemal som heiter "{ $template }"
    .help = oppgje ein av sidemalane til temaet, eller fjern template: så vert sida sin eigen brukt
template-missing = temaet manglar sidemalen "{ $template }"
    .help = legg han til i templates/, eller hent han frå standardtemaet
template-error = feil i sidemalen: { $detail }
template-override-breaks = { $template } i standardtemaet byggjer på { $overrides } på nettstaden, som ikkje har blokkene han fyller: behald dei i den eigne malen, eller lag ein eigen { $template } òg
strings-missing = tekstane til temaet manglar { $keys }
    .help = Stegvis skriv sidene med dei: legg til ei linje nøkkel = "…" for kvar (i18n/-filene i standardtemaet har alle)
strings-months = months skal liste opp dei tolv månadene i året
    .help = skriv months = ["januar", "februar", …] med alle tolv
strings-toml = tekstane til temaet kan ikkje lesast som TOML: { $detail }
    .help = ei linje er ein nøkkel = "tekst"; tekst skriv du i hermeteikn
alias-too-long = aliaset "{ $alias }" har ein del som er lengre enn { $bytes } byte, noko ingen filsystem klarer
    .help = kort ned aliaset til nokre få ord
alias-taken = aliaset "{ $alias }" ville erstatte ei anna side eller fil på nettstaden
    .help = vel eit anna alias, eller fjern det
origin-file = { $file }
origin-theme-file = { $file } i standardtemaet
origin-generated = fila som Stegvis skriv på /{ $path }
url-two-files = { $first } og { $second } vert begge /{ $path }
    .help = { $generated ->
        [yes] gje fila eit nytt namn eller flytt ho: Stegvis skriv den adressa sjølv
       *[no] gje ei av dei eit nytt namn, eller fjern ei
    }
url-segment-too-long = adressedelen "{ $segment }" er lengre enn { $bytes } byte, noko ingen filsystem klarer
    .help = kort ned slug: til nokre få ord

## Å lese filer

file-cannot-read = fila kan ikkje lesast: { $reason }
    .help = sjekk at fila framleis finst og at ikkje eit anna program held ho open, og lagra på nytt
file-no-permission = du har ikkje tilgang til å lese fila
    .help = gje deg sjølv rett til å lese ho (eller be den som forvaltar mappa), eller fjern ho frå nettstaden
callout-not-one = sitatet byrjar med [!{ $word }] men er ingen boks, så sida viser "[!{ $word }]" som tekst
    .help = ein boks byrjar med > [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] eller [!CAUTION] åleine på første linja, og teksten på linjene under
config-removed-url = [[removed]] url: «{ $url }» er inga adresse på nettstaden
    .help = skriv adressa sida hadde, under basestien til nettstaden: url = "/gammal-nyhet/"
config-removed-date = [[removed]] date: «{ $date }» er ingen dato
    .help = skriv dagen ho vart fjerna: date = 2026-11-20
removed-live = [[removed]] url: { $url } er adressa til ei side på nettstaden
    .help = adressa til ei fjerna side kan ikkje òg vise ei side: fjern oppføringa, eller sida
history-shallow = dette er ein grunn klone av depotet til nettstaden, så historikken blir ikkje lesen: gamle adresser får ingen omdirigeringar
    .help = hent heile historikken i CI: `fetch-depth: 0` under `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab)
history-url-two-pages = adressa { $url } har høyrt til to sider som framleis finst, så ho fører ikkje til nokon av dei
    .help = gje sida lesarane av { $url } vil til, `aliases: ["{ $url }"]`
history-removed = adressa { $url } var publisert frå { $from } til { $to } (fjerna i commit { $commit }), og inga side har ho no
    .help = sei kvar ho vart av: `aliases: ["{ $url }"]` på sida som erstattar ho
document-label-not-public = dokumentet er merkt «{ $label }», som ikkje er for ålmenta: det blir ikkje publisert
    .help = publiser ein versjon utan merkinga (Word: Heim → Sensitivitet → Offentleg, eller spør den som merkte det), eller fjern lenkja
document-label = dokumentet har sensitivitetsetiketten «{ $label }»
    .help = sjekk at eit dokument med denne etiketten kan publiserast; om det kan, be om at det blir merkt som offentleg
document-macros = dokumentet inneheld makroar, som ein offentleg nettstad ikkje publiserer
    .help = lagre det som .docx, .xlsx eller .pptx utan makroar (Fil → Lagre som) og lenk til det
document-tracked-changes = dokumentet har framleis sporte endringar: alle medlemmer kan lese det som vart sletta
    .help = godta eller avvis alle endringar (Word: Sjå gjennom → Godta alle endringar) og lagre på nytt
document-comments = dokumentet har framleis kommentarar
    .help = slett kommentarane (Word: Sjå gjennom → Slett alle kommentarar) og lagre på nytt
document-names = eigenskapane til dokumentet namngjev personar ({ $names })
    .help = fjern personleg informasjon frå fila (Word: Fil → Informasjon → Inspiser dokument), om namna ikkje skal publiserast
document-no-title = dokumentet har ingen tittel, som skjermlesarar og søkjeresultat viser i staden
    .help = gje det ein tittel (Fil → Informasjon → Eigenskapar → Tittel) og lagre på nytt
document-no-language = dokumentet seier ikkje kva språk det er skrive på, så skjermlesarar les det med feil stemme
    .help = set språket (Word: Sjå gjennom → Språk → Set korrekturspråk, for all teksten) og lagre på nytt
document-other-language = dokumentet er på { $language }, men sida som publiserer det er på { $page }
    .help = publiser dokumentet på språket til sida, eller skriv på sida kva språk det er på; om språket er feil i fila, endre det (Word: Sjå gjennom → Språk)
document-no-headings = dokumentet er ein lang tekst utan overskrifter, så ein skjermlesar kan ikkje hoppe i det
    .help = merk overskriftene med overskriftsstilar (Word: Heim → Stilar → Overskrift 1, Overskrift 2) og lagre på nytt
document-images-without-alt = { $count ->
        [one] 1 bilete i dokumentet manglar alternativ tekst
       *[other] { $count } bilete i dokumentet manglar alternativ tekst
    }
    .help = skildra kvart bilete (høgreklikk → Rediger alternativ tekst), eller merk det som dekorativt, og lagre på nytt
document-tables-without-header = { $count ->
        [one] 1 tabell i dokumentet manglar overskriftsrad
       *[other] { $count } tabellar i dokumentet manglar overskriftsrad
    }
    .help = merk den første rada i kvar tabell som overskriftsrad (Tabellutforming → Overskriftsrad, og Oppsett → Gjenta overskriftsrader) og lagre på nytt
document-slides-without-title = { $count ->
        [one] 1 lysbilete manglar tittel
       *[other] { $count } lysbilete manglar tittel
    }
    .help = gje kvart lysbilete ein tittel i tittelplasshaldaren (han kan liggje utanfor lysbiletet) og lagre på nytt
document-title-not-shown = PDF-fila har ein tittel, men lesaren sitt vindauge viser filnamnet i staden
    .help = vel å vise dokumenttittelen i programmet som laga ho (Acrobat: Fil → Eigenskapar → Første vising → Vis: Dokumenttittel), eller eksporter ho på nytt som tilgjengeleg PDF
document-not-tagged = PDF-fila har ingen taggar, så ein skjermlesar får teksten utan overskrifter, lister eller lesefølgje
    .help = eksporter ho på nytt med taggar (Word: Fil → Lagre som → PDF → Alternativ → Dokumentstrukturkodar for tilgjenge), eller be om ein tilgjengeleg versjon
document-image-only = { $count ->
        [one] 1 side i PDF-fila er berre eit bilete (skanna): teksten kan ikkje lesast opp, søkjast i eller forstørrast
       *[other] { $count } sider i PDF-fila er berre bilete (skanna): teksten kan ikkje lesast opp, søkjast i eller forstørrast
    }
    .help = publiser originaldokumentet som tilgjengeleg PDF, eller køyr tekstattkjenning (OCR) på skanninga og kontroller resultatet
document-locked = PDF-fila forbyr kopiering av teksten, også for hjelpemiddel, så skjermlesarar kan ikkje lese ho
    .help = eksporter ho på nytt utan den avgrensinga (Acrobat: Fil → Eigenskapar → Tryggleik → Ingen tryggleik)
document-password = dokumentet kan berre opnast med passord, så medlemmene kan ikkje lese det
    .help = publiser ein versjon utan passord
document-too-slow = dokumentet tok for lang tid å lese og vart ikkje kontrollert
    .help = opna det i programmet sitt og lagra det på nytt; ei fil som tek så lang tid å lese, er truleg skadd eller laga med vilje
document-link-own-site = dokumentet lenkjer til { $target }, som ikkje finst på nettstaden
    .help = rett lenkja i dokumentet og lagra det på nytt, eller gje sida som erstatta ho, den gamle adressa i aliases:
document-too-large = dokumentet er for stort til å lesast før det blir publisert
    .help = gjer det mindre (komprimer bileta), eller del det i fleire dokument
document-unreadable = dokumentet kan ikkje lesast: { $reason }
    .help = opne det i programmet sitt og lagre det på nytt; ei skadd fil blir ikkje publisert
content-too-deep = elementa ligg meir enn { $levels } nivå djupt her (sitat i sitat, eller innlimt HTML); nettlesarar sluttar å neste ved den djupna, så sida vil ikkje sjå ut slik ho er skriven
    .help = lukk kvart HTML-element du opnar (</div> for <div>), eller nest sitat og lister mindre djupt
frontmatter-invalid = sidehovudet kan ikkje lesast: { $detail }
    .help = sidehovudet er nøklar med verdiar, éin per linje, som title: "Førebuing"
item-invalid = { $item ->
        [agenda] eit dagsordenpunkt
        [goal] eit mål
       *[indicator] ein indikator
    } kan ikkje lesast: { $detail }
    .help = eit punkt skriv du slik: - { $example }, éin nøkkel per linje
image-unreadable = biletet kan ikkje lesast ({ $detail }); det blir publisert som det er, utan mindre kopiar og med det kameraet skreiv i det
    .help = opna det i eit biletprogram og lagra det på nytt som JPEG eller PNG
image-large = biletet er { $size } kB, over grensa på { $limit } kB
    .help = sidene viser mindre kopiar, men den som opnar originalen, lastar han ned: lagra det mindre (2000 pikslar breitt held), eller auk [images] warn_over_kb
data-not-utf8 = fila er ikkje tekst slik eit rekneark lagrar ho (UTF-8, UTF-16 eller Windows-1252)
    .help = opna ho i Excel og lagra ho som UTF-8: Fil → Lagre som → «CSV UTF-8 (kommadelt)»
data-yaml-unreadable = tabellen kan ikkje lesast: { $detail }
    .help = ein tabell i YAML er ei liste med postar: - sjukehus: Førde, éin nøkkel per linje
data-toml-unreadable = tabellen kan ikkje lesast: { $detail }
    .help = ein tabell i TOML er ei liste med postar: [[sjukehus]] over nøklane til kvar post
data-column-duplicate = kolonnenamnet "{ $column }" står to gonger, og eit diagram eller ein tabell viser til ein kolonne med namnet
    .help = gje kvar kolonne eit eige namn på første rad
data-column-empty = kolonne { $n } har ikkje noko namn, så ingen diagram eller tabellar kan vise til han
    .help = gje han eit namn på første rad, eller fjern kolonnen
data-formula-cell = "{ $text }" byrjar som ein rekneark-formel, og fila kan lastast ned: eit rekneark som opnar ho, kan køyre han
    .help = om det er tekst, la han byrje med ein bokstav eller eit mellomrom i staden; eit tal blir skrive 68,5 eller −3
data-too-large = fila er { $size } MB, meir enn dei { $limit } MB ein tabell kan vere, så ho blir ikkje lesen
    .help = ein tabell er for nøkkeltala sidene viser: behald dei radene og kolonnane her, og publiser heile fila som vedlegg i content/
data-large = fila er { $size } MB; ein tabell over { $limit } MB gjer kvart bygg og sidene som viser han trege
    .help = ein tabell er for nøkkeltala sidene viser: behald dei radene og kolonnane her, og publiser heile fila som vedlegg i content/
data-too-many-rows = tabellen har { $rows } rader, fleire enn dei { $limit } ein tabell kan ha, så han blir ikkje lesen
    .help = ein tabell er for nøkkeltala sidene viser: behald dei radene her, og publiser heile fila som vedlegg i content/
data-many-rows = tabellen har { $rows } rader; ein tabell med fleire enn { $limit } gjer sidene som viser han trege
    .help = ein tabell er for nøkkeltala sidene viser: behald dei radene her, og publiser heile fila som vedlegg i content/
data-too-many-categories = diagrammet ville teikne { $rows } kategoriar, fleire enn dei { $limit } som får plass i eitt
    .help = lag ein mindre tabell med radene som skal samanliknast, eller vis denne som ei table-blokk

## Kva du skriv i staden, etter kva som vart feil

help-yaml-duplicate = kvar nøkkel kan stå éin gong: fjern ein av dei eller gje han eit nytt namn
help-yaml-colon = set ein verdi med kolon i i hermeteikn: title: "Møte: planlegging"
help-yaml-bracket = lukk han på same linja (tags: [a, b]), eller set teksten i hermeteikn om parentesen høyrer til han
help-yaml-tabs = YAML vert rykt inn med mellomrom, ikkje tabulatorar: byt tabulatoren med mellomrom
help-yaml-too-deep = sidehovudet er for djupt nesta eller gjentek seg for mykje; hald det til enkle nøklar og lister
help-yaml-keys = sidehovudet er nøklar med verdiar, éin per linje, som title: "Førebuing"
help-yaml-quoting = sjekk hermeteikn og innrykk på linja; tekst med kolon i treng hermeteikn
help-value-weight = skriv eit heiltal, til dømes 10
help-value-short-list = skriv { $key } som ei liste, til dømes ["a", "b"]
help-value-list = skriv { $key } som ei liste: eitt punkt per linje under, kvart med - først
help-value-number = skriv eit heiltal, utan hermeteikn
help-value-keys = skriv { $key } med eigne nøklar under, rykte inn, éin per linje
help-value-text = skriv ein vanleg tekstverdi; set han i hermeteikn om han inneheld kolon

## Dei ferdige sidene (stegvis check)

html-link = <{ $element } { $attribute }="{ $value }">: { $problem }
    .help = lenkja står i HTML-en til sida: i innlimt HTML, eller i sidemalen som skreiv ho
html-link-empty = lenkja er tom
html-link-outside-base = ho ligg utanfor stien til nettstaden { $base }
html-link-no-file = det finst inga slik side eller fil på nettstaden
html-link-no-id = det finst ingen id "{ $id }" på { $page }
html-id-twice = id-en "{ $id }" er brukt to gonger på sida
    .help = ein id kan brukast éin gong per side: endra ein av dei
help-id-of-the-theme = temaet brukar sjølv den id-en: gje overskrifta ein annan {"{"}#id{"}"}

## Lenkjer til andre nettstader (stegvis check --external)

document-external-url = { $url }, som dokumentet { $document } lenkjer til: { $outcome }
    .help = opna adressa i ein nettlesar; rett lenkja i dokumentet og lagra det på nytt om ho ikkje verkar for lesarane heller
external-url = { $url }: { $outcome }{ $uses ->
        [1] {""}
       *[other] {" "}(lenkja { $uses } gonger)
    }
    .help = opna adressa i ein nettlesar; endra eller fjern lenkja om ho ikkje verkar for lesarane heller
external-moved = har flytta; lenk til den nye adressa
external-broken = broten ({ $why })
external-login = krev innlogging ({ $status })
external-slow-down = tenaren bad oss senke farten (429); prøv igjen seinare
external-timeout = ikkje noko svar i tide
external-out-of-time = ikkje noko endeleg svar innan { $seconds } s ({ $requests ->
        [one] { $requests } førespurnad
       *[other] { $requests } førespurnader
    }{ $redirects ->
        [0] {""}
        [one] , { $redirects } omdirigering
       *[other] , { $redirects } omdirigeringar
    }{ $status ->
        [none] {""}
       *[other] , tenaren svara { $status } og bad oss vente, gong på gong
    }); gav opp
external-failed = mislukkast ({ $why })

## Førehandsvisinga

serve-panicked = Stegvis mislukkast med denne versjonen av nettstaden (ein feil i Stegvis: meld han gjerne); førehandsvisinga viser den siste vellukka versjonen
render-panicked = Stegvis mislukkast med å skrive denne sida (ein feil i Stegvis: meld han gjerne, med sida): { $detail }

## stegvis cms

cms-kept-changed = heldt på { $at } slik det står i config.yml: det er endra for hand, og nettstaden seier no noko anna der
cms-kept-gone = heldt på { $at }: nettstaden har det ikkje lenger, men det er endra for hand i config.yml; fjern det der om det ikkje trengst
cms-kept-unknown = heldt på { $at } slik det står i config.yml (nettstaden seier noko anna; utan ei oversikt over kva stegvis cms skreiv sist, blir ein verdi rekna som sett for hand)
cms-unlisted = { $count ->
        [one] 1 side får typen sin frå seksjonen og skriv han ikkje
       *[other] { $count } sider får typen sin frå seksjonen og skriv han ikkje
    }, og redigeringsverktøyet viser berre sider som gjer det ({ $pages }): køyr stegvis cms --add-kinds for å skrive han inn
cms-no-decap = adminsida lastar Decap CMS frå static/admin/{ $script }, som ikkje finst der enno: kopier dist/decap-cms.js frå npm-pakken decap-cms dit (README: "Editing in the browser")

## Ny portal (stegvis init)

init-site-title = Nettverket vårt for forbetring
init-site-description = Den felles arbeidsmåten, møta og malane til nettverket.
init-home-body = Her samlar nettverket den felles arbeidsmåten sin: { $process }, { $meetings } og { $templates }.
init-process-title = Prosessen
init-process-description = Slik arbeider vi, fase for fase.
init-process-body = Prosessen har fasar, og kvar fase har steg.
init-phase-title = Førebuing
init-phase-purpose = Teamet vert sett saman, og oppdraget vert tydeleg.
init-phase-outcome = Eit team med eit oppdrag som leiinga står bak.
init-step-title = Set saman teamet
init-step-body = Teamet blir sett saman: kven som er med, kven som leier arbeidet, og kor ofte teamet møtest.
init-meetings-title = Møte
init-meetings-description = Møta i nettverket med dagsorden og underlag.
init-meeting-title = Den første samlinga i nettverket
init-meeting-location = Stad kjem seinare
init-agenda-welcome = Velkomen og dagsorden
init-agenda-work = Slik arbeider vi vidare
init-templates-title = Malar
init-templates-description = Dokumentmalar til nedlasting og utfylling.
init-done = Den nye portalen ligg i { $dir }. Førehandsvis han med: stegvis serve --root { $dir }
    .help = CI-filene .github/workflows/portal.yml (GitHub) og .gitlab-ci.yml (GitLab) byggjer portalen ved kvar endring og publiserer han; behald den som passar dykk, og slett den andre.
init-pages = Slå på Pages før de sender første gong til GitHub: Settings → Pages → Source: "GitHub Actions" i repoet. GitLab publiserer med Pages som det er.
init-holds-a-site = { $dir } har alt ein nettstad ({ $file }); stegvis init skriv berre i ei mappe utan nettstad
init-file-exists = { $file } finst alt; stegvis init skriv aldri over ei fil. Flytt ho eller vel ei anna mappe.
init-figures-title = Nøkkeltal
init-figures-description = Ventetida til første besøk ved nettverkets einingar, samanlikna med landsmedianen.
init-figures-body = Ventetida til første besøk, i dagar, ved nettverkets einingar. Den stipla linja er landsmedianen.
init-figures-chart = Ventetid til første besøk
init-figures-unit = dagar
init-figures-category = eining
init-figures-value = ventetid
init-figures-median = median
init-figures-median-label = Landsmedian
init-figures-row = Eining { $n }
init-figures-guide = Eit døme med oppdikta tal, difor eit utkast (draft: true): byt tala i { $file } med dykkar eigne og fjern linja draft. README for Stegvis skildrar diagram og tabellar.
init-templates-guide = Legg til ein mal med `stegvis new mal "Namnet på malen"` og legg fila ved sida av.
init-step-guide = Skildr kva teamet gjer i steget, kven som gjer kva, og når steget er ferdig.
init-process-guide = Legg til eit steg med `stegvis new steg "Namnet på steget"`.
init-home-guide = Skriv om teksten nedanfor: framsida viser han.
init-a11y-organisation = Organisasjonen vår
init-a11y-method = Nettstaden er ny. Standardtemaet er testa med automatiske verktøy (axe-core) og tastatur; innhaldet er ikkje gått gjennom enno.
init-a11y-known = Innhaldet er nytt og er ikkje gått gjennom enno.

# Førehandsvisinga (serve): feildialogen, åtvaringane og oversikta.
serve-errors-heading = Sida kunne ikkje byggjast
serve-errors-intro = Rett feila nedanfor og lagre; sida blir lasta inn på nytt av seg sjølv. Imens blir den siste fungerande versjonen vist.
serve-close = Lukk
serve-warnings-on-page = { $n ->
        [one] 1 åtvaring på sida
       *[other] { $n } åtvaringar på sida
    }
serve-all-findings = Alle feil og åtvaringar i portalen
serve-more-errors = og { $n } feil til
serve-hide = Skjul åtvaringane
serve-overview-title = Å rette i portalen
serve-overview-intro = Alt førehandsvisinga har funne, side for side. Sida blir oppdatert når du lagrar. Ho finst berre her, aldri i den publiserte portalen.
serve-none = Ingenting å rette.
serve-review-heading = Sider som skal gjennomgåast
serve-by-page-heading = Per side
serve-documents-heading = Dokument som må rettast
serve-by-owner-heading = Per eigar
serve-no-owner = Ingen eigar oppgitt
serve-page = Side
serve-owner = Eigar
serve-review-by = Gjennomgåast innan
serve-error = feil
serve-warning = åtvaring

# Kva kommandoane seier (new, cms, init), og kvifor ei fil ikkje kunne skrivast.
io-exists = det finst allereie ei fil med det namnet
io-no-permission = du har ikkje løyve til å skrive der
io-not-found = mappa eller fila finst ikkje
io-disk-full = disken er full
io-read-only = disken kan berre lesast
io-other = { $reason }
file-cannot-write = kan ikkje skrive { $path }: { $reason }
place-not-plain = { $path } er ikkje ein sti inne i nettstaden (ingen .., ingen absolutt sti)
place-link = { $path } er ei symbolsk lenkje; stegvis skriv berre i nettstaden, aldri gjennom ei lenkje
place-unreadable = { $path }: { $reason }
answer-unreadable = kan ikkje lese svaret: { $reason }
new-title-control = tittelen "{ $title }" inneheld eit kontrollteikn ({ $code }); skriv han på éi linje, utan det
new-title-no-letters = tittelen "{ $title }" har ingen bokstavar eller siffer å lage eit filnamn av
new-area-not-in-plan = eit delområde høyrer til ein plan, og content/{ $folder } er ingen; oppgi mappa til ein plan med --section, eller lag ein: ei mappe der _index.md har kind: plan
new-cannot-write-kind = stegvis new kan ikkje skrive ei side av typen { $kind }
new-no-folder = det finst inga mappe content/{ $folder }; oppgi ei mappe under content/ med --section
new-section-refused = --section: { $why }; oppgi ei mappe under content/
new-report-no-areas = ein rapport gjeld eit delområde, og nettstaden har ingen; skriv delområdet først: stegvis new area "…"
new-not-an-area = "{ $given }" er ikkje eit delområde
new-not-an-area-like = "{ $given }" er ikkje eit delområde — meinte du "{ $suggestion }"?
new-name-the-area = oppgi delområdet rapporten gjeld med --area, eitt av: { $areas }
new-which-area = Kva delområde gjeld rapporten?
new-number-or-path = Nummer eller sti:
cms-not-ours = { $path } vart ikkje skriven av stegvis cms; flytt han, eller byt han ut med --force
cms-config-unreadable = { $why }; rett han (nettlesarredigeringa kan heller ikkje lese han), eller skriv ein ny med --force
cms-no-front-matter = { $path }: sidehovudet byrjar ikkje med ---; skriv --- som første linje

# Kva ei side hentar frå andre opphav (personvern).
privacy-third-party = sida hentar { $url } frå { $host }: adressa til kvar besøkjande går til { $host } før dei har valt det
    .help = lenk dit i staden (då vel lesaren), eller legg fila på nettstaden; om det er meininga, tillat opphavet i site.toml: [privacy] allow = ["{ $origin }"]
config-privacy-origin = [privacy] allow: "{ $origin }" er ikkje eit opphav
    .help = skriv berre protokoll og vert, som i https://www.youtube-nocookie.com

# Tilgjengelegheitserklæringa ([accessibility]).
config-a11y-missing = [accessibility] manglar { $key }: tilgjengelegheitserklæringa skal oppgi { $what }
    .help = legg han til under [accessibility] i site.toml; README ("Publishing lawfully") viser alle nøklane
a11y-what-country = landet med reglane som gjeld (se, no eller dk)
a11y-what-organisation = namnet på organisasjonen bak nettstaden
a11y-what-conformance = kor godt nettstaden oppfyller krava: full, partial eller none
a11y-what-assessed = datoen for den siste vurderinga
a11y-what-method = korleis nettstaden er vurdert (til dømes eiga vurdering med automatiske verktøy og manuell kontroll)
a11y-what-known-problems = kva som ikkje er tilgjengeleg og kvifor (known_problems), sidan nettstaden ikkje oppfyller krava fullt ut
a11y-what-feedback = ein måte å melde frå om manglar på: feedback (ei nettadresse) eller contact (ei e-postadresse)
config-a11y-country = [accessibility] country: "{ $country }" er ikkje ein av se, no og dk
config-a11y-conformance = [accessibility] conformance: "{ $conformance }" er ikkje ein av full, partial og none
config-a11y-date = [accessibility]: "{ $date }" er ingen dato; skriv han som 2026-09-01
config-a11y-url = [accessibility] { $key }: "{ $url }" er inga nettadresse; skriv ho med https://
config-a11y-host = [accessibility] { $key }: "{ $url }" er inga adresse på { $host }
a11y-assessment-old = tilgjengelegheitserklæringa vart sist vurdert { $date }, for meir enn 12 månader sidan: ho skal gåast gjennom kvart år
    .help = vurder nettstaden på nytt og skriv den nye datoen i [accessibility] assessed
a11y-statement-elsewhere = [accessibility] manglar { $key }: tilgjengelegheitserklæringa blir publisert hos tilsynet, og kvar side skal lenkje til ho
    .help = publiser erklæringa der og oppgi adressa: { $key } = "https://…"
a11y-unconfirmed = tilgjengelegheitserklæringa listar { $count ->
        [one] éin mangel
       *[other] { $count } manglar
    } som kontrollane har funne, og som known_problems ikkje nemner: { $names }
    .help = stadfest kvar av dei i [accessibility] known_problems (kva som ikkje er tilgjengeleg, kvifor og når det skal rettast), eller rett han
