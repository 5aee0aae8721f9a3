# Vad Stegvis säger till redaktörerna, på svenska.

## Utskrifterna

# After a finding that one template gives on several pages.
on-pages = {" "}(på { $pages } sidor)
did-you-mean = – menade du "{ $suggestion }"?

# GitHub visar högst 10 fel- och 10 varningsanteckningar per steg.
github-more = { $errors ->
        [0] { $warnings } { $warnings ->
            [one] varning
           *[other] varningar
        }
       *[other] { $errors } { $errors ->
            [one] fel
           *[other] fel
        }{ $warnings ->
            [0] {""}
           *[other] {" "}och { $warnings } { $warnings ->
                [one] varning
               *[other] varningar
            }
        }
    } till visas inte som anteckningar (GitHub visar { $shown } av varje slag): de står i loggen här nedanför och i jobbets sammanfattning.
findings-count = { $errors } fel, { $warnings } { $warnings ->
        [one] varning
       *[other] varningar
    }
github-summary-place = Plats
github-summary-kind = Slag
github-summary-message = Vad som är fel
github-summary-suggestion = Förslag

## Innehållstyperna, med obestämd artikel

kind-a = { $kind ->
    [process] en process
    [phase] en fas
    [step] ett steg
    [template] en mall
    [meeting] ett möte
    [material] ett lärandematerial
    [plan] en plan
    [area] ett delområde
    [report] en trafikrapport
   *[page] en sida
}

## Länkar i texten

link-on-computer = "{ $target }" är en fil på { $place ->
        [share] en nätverksdisk
       *[computer] någons dator
    }, och den kan portalens läsare inte öppna
    .help = kopiera filen till content/, bredvid den här sidan, och länka till den med dess namn (till exempel plan.docx)
link-outside = "{ $target }" pekar utanför content/
    .help = länka bara till filer i content/; till andra webbplatser med en hel https://-adress
link-draft = "{ $target }" är ett utkast och publiceras inte
    .help = publicera sidan (draft: false), ta bort länken eller bygg med --drafts för att förhandsgranska
link-no-page = ingen sida heter "{ $target }"
    .help = länka till källfilen, räknat från den här filen (till exempel steg-2.md eller ../mallar/mall.md)
link-to-output = "{ $target }" är där en sida publiceras, inte dess källfil
    .help = länka till sidans Markdown-fil, { $source }: då fungerar länken också i förhandsvisningar och följer med när sidan flyttas
link-almost-spaces = "[{ $text }]({ $target })" är ingen länk och publiceras som text: en adress kan inte innehålla mellanslag
    .help = skriv [{ $text }](<{ $target }>), eller %20 för varje mellanslag
link-almost-gap = "[{ $text }] ({ $target })" är ingen länk och publiceras som text: det står ett mellanslag mellan ] och (
    .help = skriv [{ $text }]({ $target })
link-almost-unclosed = "[{ $text }]({ $target }" är ingen länk och publiceras som text: adressen avslutas aldrig
    .help = avsluta adressen med ), som i [{ $text }]({ $target })
link-no-file = ingen fil heter "{ $target }"
    .help = lägg filen i content/ och länka till den räknat från den här sidan (till exempel bilaga.pdf, bredvid sidan)
link-no-image = ingen bild heter "{ $target }"
    .help = lägg bilden i content/ och skriv dess namn räknat från den här sidan: ![Vad bilden visar](bild.png)
link-own-site = det finns ingen sida eller fil på "{ $target }" i portalen
    .help = det här är portalens egen adress: länka i stället till källfilen (till exempel ../om/principer.md), så följer länken med när sidan flyttas
fragment-missing = det finns ingen rubrik eller id "#{ $fragment }" i { $file }
    .help = länka till en rubrik på sidan som #dess-id: rubrikens text med små bokstäver och - i stället för mellanslag

## Hänvisningar i sidhuvudet

reference-wrong-kind = "{ $target }" i { $field } är { $found }, inte { $expected_a }
    .help = { $field } hänvisar bara till sidor av typen { $expected }
reference-draft = "{ $target }" i { $field } är ett utkast och publiceras inte
    .help = publicera den (draft: false), ta bort den ur listan eller bygg med --drafts för att förhandsgranska
reference-missing = ingen sida heter "{ $target }" i { $field }
    .help = skriv innehållsfilens sökväg räknat från content/, till exempel mallar/trafikrapport.md

## Sidhuvudet

frontmatter-unknown-key = okänd nyckel "{ $key }"
    .help = egna uppgifter skrivs under extra:
frontmatter-no-title = sidhuvudet saknar title
    .help = lägg till en rad som: title: "Förberedelse"
frontmatter-not-a-date = fel värde för "{ $key }": "{ $value }" är inget riktigt datum
    .help = skriv datum som ÅÅÅÅ-MM-DD, till exempel 2025-02-28
frontmatter-not-one-of = fel värde för "{ $key }": "{ $value }" är inte något av { $known }
frontmatter-not-a-boolean = fel värde för "{ $key }": "{ $value }" är varken true eller false
    .help = skriv { $key }: true eller { $key }: false

## Granskning före publicering

lint-placeholder = "{ $text }" är text som ska fyllas i
    .help = skriv det som ska stå här, eller ta bort det: sidan publiceras som den står
lint-empty-link = länken "{ $text }" leder ingenstans
    .help = skriv sidan eller filen som den ska öppna mellan parenteserna, till exempel (../mallar/trafikrapport/index.md), eller ta bort länken
lint-missing-alt = bilden saknar alternativtext – beskriv vad den visar
    .help = skriv vad bilden visar mellan hakparenteserna: ![Flödet från remiss till uppstart](bild.png); en bild som bara pryder skrivs som <img src="…" alt="">
lint-missing-alt-html = bilden saknar attributet alt
    .help = lägg till alt="…" som beskriver vad den visar, eller alt="" om den bara pryder
lint-link-text = länktexten "{ $text }" säger inte vart länken leder
    .help = låt länkens egna ord säga vad den öppnar: [trafikrapportsmallen](…) i stället för [klicka här](…)
lint-heading-one = "{ $text }" är en #-rubrik; sidans titel är dess enda
    .help = börja textens rubriker med ## (och ### under dem)
lint-heading-skip = rubriken "{ $text }" hoppar från nivå { $from } till nivå { $to }
    .help = skriv den med { $hashes } så att den som lyssnar med skärmläsare hör var den hör hemma
lint-review-due = sidan skulle ha granskats senast { $date }: { $owner } (sidans ägare) behöver läsa den igen
    .help = läs sidan, rätta det som har ändrats och sätt review_by: till nästa datum
lint-review-due-no-owner = sidan skulle ha granskats senast { $date }, och den anger ingen ägare som gör det
    .help = läs sidan, sätt review_by: till nästa datum och skriv vem som ansvarar med owner:

## Innehållstyperna och deras fält

kind-not-a-field = "{ $key }" är inget fält för { $kind_a } (det hör till: { $owners })
    .help = { $fields ->
        [none] { $kind_a } har bara de gemensamma fälten
       *[other] fälten för { $kind_a } är { $fields }
    }; ändra kind: för att ändra vad sidan är
kind-section = { $kind_a } är ett avsnitt: skriv den som _index.md i sin mapp
kind-phase-in-process = en fas hör till en process: mappen ovanför behöver en _index.md med kind: process
kind-step-in-phase = ett steg hör till en fas: lägg det i en mapp vars _index.md har kind: phase
kind-area-in-plan = ett delområde hör till en plan: lägg det i en mapp vars _index.md har kind: plan (eller kind: area, för ett delområde i ett delområde)
kind-report-is-a-page = en trafikrapport är en sida, inte ett avsnitt: skriv den som en egen fil
item-unknown-key = okänd nyckel "{ $key }" i { $item ->
        [agenda] en dagordningspunkt
        [goal] ett mål
       *[indicator] en indikator
    }
    .help = { $item ->
        [agenda] en dagordningspunkt
        [goal] ett mål
       *[indicator] en indikator
    } har { $keys }
item-missing-key = { $item ->
        [agenda] en dagordningspunkt
        [goal] ett mål
       *[indicator] en indikator
    } behöver { $key }:
    .help = skriv så här: - { $example }, en nyckel per rad
meeting-needs-date = ett möte behöver ett datum
    .help = lägg till en rad som: date: 2025-02-28
meeting-ends-before-start = mötet slutar innan det börjar
    .help = end: är tiden då mötet slutar, senare än start:
meeting-not-a-time = fel värde för "{ $key }": "{ $value }" är ingen tid på dagen
    .help = skriv tider som "TT:MM" inom citattecken, till exempel "09:00"
meeting-online-url = online_url: "{ $value }" är ingen webbadress
    .help = skriv länken till mötet som den börjar, med https://, till exempel online_url: "https://meet.example.org/abc-123"
template-needs-file = en mall behöver file: dokumentet som laddas ned
    .help = lägg till en rad som: file: trafikrapportsmall.docx (räknat från mallsidans mapp)
template-no-file = ingen fil heter "{ $file }" för mallen
    .help = file: räknas från den här sidans mapp, som en länk i texten
template-file-outside = "{ $file }" ligger utanför content/
    .help = lägg dokumentet i content/, bredvid mallens sida
report-needs = en trafikrapport behöver { $key }:
    .help = lägg till en rad som: { $key }: { $example }
report-organisation-empty = organisation är tom: skriv vilken organisation som rapporterar
    .help = skriv den som: organisation: "Region Norr"
area-year-twice = året { $year } har redan ett mål
    .help = varje år har ett mål: skriv dem i samma punkt
area-year-in-quotes = året "{ $year }" för ett mål står inom citattecken
    .help = skriv året som ett tal, utan citattecken: year: 2025
area-not-a-year = året för ett mål är inget år: { $year }
    .help = skriv året som ett tal, till exempel year: 2025
area-no-data = ingen datafil heter "data/{ $file }" för indikatorn
    .help = data: anger en fil i data/, till exempel nyckeltal/lokalvard.csv
area-no-numbers = data/{ $file } har ingen kolumn med tal att rita
    .help = indikatorns fil har först sina kategorier (år, perioder), sedan kolumner med tal

## Filer och sidor

file-name-not-utf8 = filnamnet är inte giltig UTF-8
    .help = byt namn på filen; namn får innehålla alla bokstäver, å ä ö æ ø också
file-not-utf8 = filen är inte text i UTF-8
    .help = spara filen som UTF-8; den kan vara sparad i en äldre teckenkodning som ISO-8859-1 eller Windows-1252
file-empty = filen är tom
    .help = en sida behöver ett sidhuvud: en rad ---, en rad title: "…" och en rad ---
file-link-loops = den symboliska länken leder tillbaka till { $target }
    .help = ta bort länken, eller låt den peka på en annan mapp i webbplatsen
file-link-dangles = den symboliska länken pekar på { $target }, som inte finns
    .help = ta bort länken, eller låt den peka på en fil i webbplatsen
file-link-outside = den symboliska länken pekar på { $target }, utanför webbplatsens källmappar (content/, static/, data/, themes/, templates/) eller in i en dold mapp som .git; bara filer i de mapparna publiceras
    .help = kopiera filen till webbplatsens mapp i stället för att länka till den
file-not-regular = det här är ingen vanlig fil eller mapp (det är en pipe, en socket eller en enhet), så den kan inte publiceras
    .help = ta bort den ur webbplatsens mapp
url-same = { $first } och { $second } blir båda /{ $url }
    .help = byt namn på en av dem, eller ge en av dem ett annat slug: i sidhuvudet
url-same-lookalike = { $first } och { $second } blir båda /{ $url }: namnen ser likadana ut men är skrivna med olika tecken
    .help = byt namn på en av dem, eller ge en av dem ett annat slug: i sidhuvudet
reference-undefined = hänvisningen [{ $label }] är inte definierad
    .help = lägg till en rad som [{ $label }]: steg-2.md under texten, eller rätta etiketten
heading-id-twice = id:t "{ $id }" finns två gånger på sidan
    .help = ge varje rubrik ett eget {"{"}#id{"}"}; länkar till id:t kan bara nå en av dem

## Själva sidhuvudet

frontmatter-missing = sidan har inget sidhuvud: dess första rad ska vara ---
    .help = börja filen med ett sidhuvud: en rad ---, en rad title: "…" och en rad ---
frontmatter-unclosed = sidhuvudet avslutas aldrig: det finns ingen andra rad med ---
    .help = avsluta sidhuvudet med en rad med bara --- före sidans text
frontmatter-empty = sidhuvudet är tomt: en sida behöver en title
    .help = lägg till en rad som: title: "Förberedelse"
frontmatter-title-empty = title är tom
    .help = skriv sidans titel efter title:, till exempel title: "Förberedelse"
frontmatter-control-character = värdet av "{ $key }" innehåller ett styrtecken ({ $code }), som sidor, flöden och kalendrar inte kan visa
    .help = ta bort det; sådana tecken följer med text som klistras in från andra program
frontmatter-invalid-yaml = sidhuvudet går inte att läsa som YAML: { $detail }
yaml-colon = ett kolon och ett mellanslag börjar en ny nyckel här, mitt i ett värde
yaml-duplicate-key = nyckeln "{ $key }" står två gånger
yaml-unclosed-bracket = parentesen { $bracket } som börjar här stängs aldrig
yaml-unclosed-quote = citattecknet som börjar här stängs aldrig
yaml-tab = en tabb används för indrag
yaml-expected-key = en rad här är varken nyckel: värde eller en punkt i en lista ovanför
yaml-parser = { $detail }
frontmatter-unknown-key-in = okänd nyckel "{ $key }" i { $parent }
    .help = nycklarna som får stå här är { $keys }
frontmatter-invalid-value = fel värde för "{ $key }": { $detail }

## Tabeller och diagram

data-block-yaml = { $block }-blocket går inte att läsa som YAML: { $detail }
    .help = skriv en nyckel per rad: { $first }: …
data-block-no-keys = { $block }-blocket innehåller inga nycklar
    .help = ett { $block }-block innehåller nycklar som data: och { $example }:
data-block-unknown-key = okänd nyckel "{ $key }" i ett { $block }-block
    .help = ett { $block }-block har { $keys }
data-block-needs = { $block }-blocket behöver { $key }:
data-block-unexpected = { $block }-blocket är inte som väntat: { $detail }
data-no-file = ingen datafil heter "data/{ $file }"
    .help = data: anger en fil i data/, till exempel nyckeltal/lokalvard.csv
data-no-column = { $key }: "{ $column }" är ingen kolumn i data/{ $file }
    .help = dess kolumner är { $columns }
data-not-a-number = "{ $text }" i kolumnen { $column } är inget tal, och ett diagram i { $page } ritar den
    .help = skriv tal som 68,5 eller 68.5; lämna cellen tom där det inte finns något värde
data-chart-type = type: "{ $type }" är varken bar eller line

## Ordning och adresser

weight-missing = { $kind ->
        [phase] fasen
       *[step] steget
    } har ingen weight, så dess plats i ordningen bestäms av titeln
    .help = ge { $kind ->
        [phase] varje fas
       *[step] varje steg
    } en weight: 1, 2, 3, …
weight-twice = weight: { $weight } har också { $other }; titeln avgör vilken som kommer först
    .help = ge var och en en egen weight
slug-empty = slug: "{ $slug }" ger en tom del av adressen
    .help = skriv ett slug med bokstäver eller siffror, som slug: "om-oss"
name-empty = namnet "{ $name }" ger en tom del av adressen
    .help = byt namn på filen till ett med bokstäver eller siffror, eller sätt slug: i sidhuvudet

## Datafiler

table-column-names = kolumnnamnen går inte att läsa: { $detail }
    .help = första raden namnger kolumnerna, åtskilda med ; eller ,
table-row-length = raden har { $cells } celler, men första raden namnger { $columns } kolumner
    .help = ge varje rad lika många celler som det finns kolumner; en tom cell skrivs som ingenting mellan två avgränsare
table-row = raden går inte att läsa: { $detail }

## stegvis new: kommentarerna i en ny sida, och vad du gör sedan

new-template-comment = Lägg dokumentet i den här mappen och skriv dess namn här, ta sedan bort draft: true.
new-template-hint = lägg dokumentet bredvid sidan i { $folder }, skriv dess namn i file: och ta bort draft: true
new-report-status-comment = green (enligt plan), yellow (risk för avvikelse) eller red (avviker)
new-report-draft-comment = Ta bort draft: true när rapporten är ifylld.
new-report-hint = fyll i organisation:, status: och de fyra listorna, ta sedan bort draft: true

## site.toml

config-not-utf8 = site.toml är inte text i UTF-8
    .help = spara filen som UTF-8; den kan vara sparad i en äldre teckenkodning som ISO-8859-1 eller Windows-1252
config-toml = site.toml går inte att läsa som TOML: { $detail }
    .help = en rad är en nyckel = ett värde; text skrivs inom citattecken, till exempel title = "Nätverket"
config-unknown-key = okänd nyckel "{ $key }" i site.toml
    .help = nycklarna som får stå här är { $keys }
config-language = language = "{ $value }" är inget språk som stöds
    .help = skriv ett av { $codes }
config-base-url = base_url = "{ $value }" är ingen fullständig http(s)-adress
    .help = skriv den som "https://example.org/portal/"
config-timezone = timezone = "{ $value }" är ingen känd tidszon
    .help = skriv ett namn ur tidszonsdatabasen, till exempel "Europe/Stockholm" eller "Europe/Oslo"
config-external-level = external_level = "{ $value }" är varken warning eller error
    .help = skriv external_level = "warning" eller external_level = "error"
config-no-rule = { $key }: det finns ingen regel som heter "{ $rule }"
    .help = reglerna är { $rules }
config-placeholder-pattern = mönstret "{ $pattern }" i placeholders är inget reguljärt uttryck: { $detail }
    .help = skriv det som ett reguljärt uttryck, till exempel "\\[fyll i\\]" för [fyll i]; ett omvänt snedstreck skrivs två gånger i site.toml
config-exclude-pattern = mönstret "{ $pattern }" i exclude är inget reguljärt uttryck: { $detail }
    .help = skriv det som ett reguljärt uttryck, till exempel "^https://intranet\\." ; ett omvänt snedstreck skrivs två gånger i site.toml
config-not-text = { $key } är ingen text
    .help = skriv den inom citattecken, till exempel { $key } = "…"
config-accent-not-a-colour = accent = "{ $value }" är ingen färg
    .help = skriv den som en hexadecimal färg, till exempel accent = "#1d5c4d"
config-accent-contrast = accent = "{ $value }" har kontrasten { $ratio_comma }:1 mot den vita sidan, och länkar behöver minst 4,5:1
    .help = välj en mörkare nyans av färgen, till exempel ur nätverkets grafiska profil
theme-no-logo = det finns ingen fil "{ $logo }" för logotypen
    .help = lägg logotypen i static/ och ange den räknat från webbplatsens mapp, till exempel logo = "static/logo.svg"
theme-not-found = temat "{ $theme }" finns inte: det finns ingen mapp themes/{ $theme }/
    .help = det inbyggda temat heter "default"; eller skapa themes/{ $theme }/ med dess templates/
menu-no-page = menyposten "{ $title }" pekar inte på någon sida: "{ $target }"
    .help = ange en innehållsfil räknat från content/, till exempel "process/_index.md"
menu-draft = menyposten "{ $title }" pekar på ett utkast: "{ $target }"
    .help = publicera sidan (draft: false), eller ta bort menyposten tills den är klar

## Temat och dess mallar

template-unknown = temat har ingen sidmall som heter "{ $template }"
    .help = ange en av temats sidmallar, eller ta bort template: så används sidans egen
template-missing = temat saknar sidmallen "{ $template }"
    .help = lägg till den i templates/, eller hämta den från standardtemat
template-error = fel i sidmallen: { $detail }
template-override-breaks = standardtemans { $template } bygger på webbplatsens { $overrides }, som inte har blocken den fyller: behåll dem i den egna mallen, eller gör en egen { $template } också
strings-missing = temats texter saknar { $keys }
    .help = Stegvis skriver sidorna med dem: lägg till en rad nyckel = "…" för var och en (standardtemats i18n/-filer har alla)
strings-months = months ska räkna upp årets tolv månader
    .help = skriv months = ["januari", "februari", …] med alla tolv
strings-toml = temats texter går inte att läsa som TOML: { $detail }
    .help = en rad är en nyckel = "text"; text skrivs inom citattecken
alias-too-long = aliaset "{ $alias }" har en del som är längre än { $bytes } byte, vilket inget filsystem klarar
    .help = korta aliaset till några få ord
alias-taken = aliaset "{ $alias }" skulle ersätta en annan sida eller fil på webbplatsen
    .help = välj ett annat alias, eller ta bort det
origin-file = { $file }
origin-theme-file = standardtemats { $file }
origin-generated = filen som Stegvis skriver på /{ $path }
url-two-files = { $first } och { $second } blir båda /{ $path }
    .help = { $generated ->
        [yes] byt namn på filen eller flytta den: Stegvis skriver den adressen själv
       *[no] byt namn på en av dem, eller ta bort en
    }
url-segment-too-long = adressdelen "{ $segment }" är längre än { $bytes } byte, vilket inget filsystem klarar
    .help = korta slug: till några få ord

## Att läsa filer

file-cannot-read = filen går inte att läsa: { $reason }
    .help = kontrollera att filen finns kvar och att inget annat program håller den öppen, och spara igen
file-no-permission = du har inte behörighet att läsa filen
    .help = ge dig själv rätt att läsa den (eller be den som förvaltar mappen), eller ta bort den ur webbplatsen
callout-not-one = citatet börjar med [!{ $word }] men är ingen ruta, så sidan visar "[!{ $word }]" som text
    .help = en ruta börjar med > [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] eller [!CAUTION] ensamt på första raden, och texten på raderna under
config-removed-url = [[removed]] url: "{ $url }" är ingen adress på webbplatsen
    .help = skriv adressen sidan hade, under webbplatsens bassökväg: url = "/gammal-nyhet/"
config-removed-date = [[removed]] date: "{ $date }" är inget datum
    .help = skriv dagen den togs bort: date = 2026-11-20
removed-live = [[removed]] url: { $url } är adressen till en sida på webbplatsen
    .help = en borttagen sidas adress kan inte också visa en sida: ta bort posten, eller sidan
history-shallow = det här är en grund klon av webbplatsens förråd, så historiken läses inte: gamla adresser får inga omdirigeringar
    .help = hämta hela historiken i CI: `fetch-depth: 0` under `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab)
history-url-two-pages = adressen { $url } har hört till två sidor som finns kvar, så den leder inte till någon av dem
    .help = ge sidan som läsarna av { $url } vill till `aliases: ["{ $url }"]`
history-removed = adressen { $url } var publicerad från { $from } till { $to } (borttagen i commit { $commit }), och ingen sida har den nu
    .help = tala om vart den tog vägen: `aliases: ["{ $url }"]` på sidan som ersätter den
document-label-not-public = dokumentet är märkt "{ $label }", som inte är för allmänheten: det publiceras inte
    .help = publicera en version utan märkningen (Word: Start → Känslighet → Publik, eller fråga den som märkte det), eller ta bort länken
document-label = dokumentet har känslighetsetiketten "{ $label }"
    .help = kontrollera att ett dokument med den etiketten får publiceras; om det får det, be om att det märks som publikt
document-macros = dokumentet innehåller makron, som en offentlig webbplats inte publicerar
    .help = spara det som .docx, .xlsx eller .pptx utan makron (Arkiv → Spara som) och länka till det
document-tracked-changes = dokumentet har kvar spårade ändringar: alla medlemmar kan läsa det som togs bort
    .help = godkänn eller avvisa alla ändringar (Word: Granska → Godkänn alla ändringar) och spara igen
document-comments = dokumentet har kvar kommentarer
    .help = ta bort kommentarerna (Word: Granska → Ta bort alla kommentarer) och spara igen
document-names = dokumentets egenskaper namnger personer ({ $names })
    .help = ta bort personlig information ur filen (Word: Arkiv → Information → Kontrollera dokument), om namnen inte ska publiceras
document-no-title = dokumentet har ingen titel, som skärmläsare och sökresultat visar i dess ställe
    .help = ge det en titel (Arkiv → Information → Egenskaper → Titel) och spara igen
document-no-language = dokumentet säger inte vilket språk det är skrivet på, så skärmläsare läser det med fel röst
    .help = ange dess språk (Word: Granska → Språk → Ange språk för korrekturläsning, för all text) och spara igen
document-other-language = dokumentet är på { $language }, men sidan som publicerar det är på { $page }
    .help = publicera dokumentet på sidans språk, eller skriv på sidan vilket språk det är på; om språket är fel i filen, ändra det (Word: Granska → Språk)
document-no-headings = dokumentet är en lång text utan rubriker, så en skärmläsare kan inte hoppa i det
    .help = märk rubrikerna med rubrikformat (Word: Start → Format → Rubrik 1, Rubrik 2) och spara igen
document-images-without-alt = { $count ->
        [one] 1 bild i dokumentet saknar alternativtext
       *[other] { $count } bilder i dokumentet saknar alternativtext
    }
    .help = beskriv varje bild (högerklicka → Redigera alternativtext), eller märk den som dekorativ, och spara igen
document-tables-without-header = { $count ->
        [one] 1 tabell i dokumentet saknar rubrikrad
       *[other] { $count } tabeller i dokumentet saknar rubrikrad
    }
    .help = märk varje tabells första rad som rubrikrad (Tabelldesign → Rubrikrad, och Layout → Upprepa rubrikrader) och spara igen
document-slides-without-title = { $count ->
        [one] 1 bild i presentationen saknar rubrik
       *[other] { $count } bilder i presentationen saknar rubrik
    }
    .help = ge varje bild en rubrik i dess rubrikplatshållare (den kan ligga utanför bilden) och spara igen
document-title-not-shown = pdf-filen har en titel, men läsarens fönster visar filnamnet i stället
    .help = välj att visa dokumenttiteln i programmet som skapade den (Acrobat: Arkiv → Egenskaper → Inledande vy → Visa: Dokumenttitel), eller exportera den igen som tillgänglig pdf
document-not-tagged = pdf-filen saknar taggar, så en skärmläsare får texten utan rubriker, listor eller läsordning
    .help = exportera den igen med taggar (Word: Arkiv → Spara som → PDF → Alternativ → Dokumentstrukturtaggar för tillgänglighet), eller be om en tillgänglig version
document-image-only = { $count ->
        [one] 1 sida i pdf-filen är bara en bild (inskannad): texten går inte att läsa upp, söka i eller förstora
       *[other] { $count } sidor i pdf-filen är bara bilder (inskannade): texten går inte att läsa upp, söka i eller förstora
    }
    .help = publicera originaldokumentet som tillgänglig pdf, eller kör textigenkänning (OCR) på den inskannade filen och granska resultatet
document-locked = pdf-filen förbjuder att texten kopieras, även för hjälpmedel, så skärmläsare kanske inte kan läsa den
    .help = exportera den igen utan den begränsningen (Acrobat: Arkiv → Egenskaper → Säkerhet → Ingen säkerhet)
document-password = dokumentet går bara att öppna med lösenord, så medlemmarna kan inte läsa det
    .help = publicera en version utan lösenord
document-too-slow = dokumentet tog för lång tid att läsa och granskades inte
    .help = öppna det i sitt program och spara det igen; en fil som tar så lång tid att läsa är troligen skadad eller tillverkad
document-link-own-site = dokumentet länkar till { $target }, som inte finns på webbplatsen
    .help = rätta länken i dokumentet och spara det igen, eller ge sidan som ersatte den den gamla adressen i aliases:
document-too-large = dokumentet är för stort för att läsas innan det publiceras
    .help = gör det mindre (komprimera bilderna), eller dela upp det i flera dokument
document-unreadable = dokumentet går inte att läsa: { $reason }
    .help = öppna det i sitt program och spara det igen; en skadad fil publiceras inte
content-too-deep = elementen ligger mer än { $levels } nivåer djupt här (citat i citat, eller inklistrad HTML); webbläsare slutar kapsla vid det djupet, så sidan kommer inte att se ut som den är skriven
    .help = stäng varje HTML-element du öppnar (</div> för <div>), eller kapsla citat och listor mindre djupt
frontmatter-invalid = sidhuvudet går inte att läsa: { $detail }
    .help = sidhuvudet är nycklar med värden, en per rad, som title: "Förberedelse"
item-invalid = { $item ->
        [agenda] en dagordningspunkt
        [goal] ett mål
       *[indicator] en indikator
    } går inte att läsa: { $detail }
    .help = en punkt skrivs så här: - { $example }, en nyckel per rad
image-unreadable = bilden går inte att läsa ({ $detail }); den publiceras som den är, utan mindre kopior och med det kameran skrev i den
    .help = öppna den i ett bildprogram och spara den igen som JPEG eller PNG
image-large = bilden är { $size } kB, över gränsen { $limit } kB
    .help = sidorna visar mindre kopior, men originalet laddas ned av den som öppnar det: spara det mindre (2000 bildpunkter brett räcker), eller höj [images] warn_over_kb
data-not-utf8 = filen är inte text som ett kalkylprogram sparar den (UTF-8, UTF-16 eller Windows-1252)
    .help = öppna den i Excel och spara den som UTF-8: Arkiv → Spara som → "CSV UTF-8 (kommaavgränsad)"
data-yaml-unreadable = tabellen går inte att läsa: { $detail }
    .help = en tabell i YAML är en lista med poster: - sjukhus: Borås, en nyckel per rad
data-toml-unreadable = tabellen går inte att läsa: { $detail }
    .help = en tabell i TOML är en lista med poster: [[sjukhus]] ovanför varje posts nycklar
data-column-duplicate = kolumnnamnet "{ $column }" står två gånger, och ett diagram eller en tabell anger en kolumn med dess namn
    .help = ge varje kolumn ett eget namn på första raden
data-column-empty = kolumn { $n } har inget namn, så inget diagram och ingen tabell kan ange den
    .help = namnge den på första raden, eller ta bort kolumnen
data-formula-cell = "{ $text }" börjar som en kalkylbladsformel, och filen går att ladda ner: ett kalkylprogram som öppnar den kan köra den
    .help = om det är text, låt den börja med en bokstav eller ett mellanslag i stället; ett tal skrivs 68,5 eller −3
data-too-large = filen är { $size } MB, mer än de { $limit } MB en tabell får vara, så den läses inte
    .help = en tabell är till för nyckeltalen sidorna visar: behåll de raderna och kolumnerna här, och publicera hela filen som bilaga i content/
data-large = filen är { $size } MB; en tabell över { $limit } MB gör varje bygge och sidorna som visar den långsamma
    .help = en tabell är till för nyckeltalen sidorna visar: behåll de raderna och kolumnerna här, och publicera hela filen som bilaga i content/
data-too-many-rows = tabellen har { $rows } rader, fler än de { $limit } en tabell får ha, så den läses inte
    .help = en tabell är till för nyckeltalen sidorna visar: behåll de raderna här, och publicera hela filen som bilaga i content/
data-many-rows = tabellen har { $rows } rader; en tabell med fler än { $limit } gör sidorna som visar den långsamma
    .help = en tabell är till för nyckeltalen sidorna visar: behåll de raderna här, och publicera hela filen som bilaga i content/
data-too-many-categories = diagrammet skulle rita { $rows } kategorier, fler än de { $limit } som får plats i ett
    .help = gör en mindre tabell med raderna som ska jämföras, eller visa den här som ett table-block

## Vad du skriver i stället, efter vad som blev fel

help-yaml-duplicate = varje nyckel får stå en gång: ta bort en av dem eller byt namn på den
help-yaml-colon = sätt ett värde med kolon i inom citattecken: title: "Möte: planering"
help-yaml-bracket = stäng den på samma rad (tags: [a, b]), eller sätt texten inom citattecken om parentesen hör till den
help-yaml-tabs = YAML dras in med mellanslag, inte tabbar: byt tabben mot mellanslag
help-yaml-too-deep = sidhuvudet är för djupt kapslat eller upprepar sig för mycket; håll det till enkla nycklar och listor
help-yaml-keys = sidhuvudet är nycklar med värden, en per rad, som title: "Förberedelse"
help-yaml-quoting = kontrollera citattecken och indrag på raden; text med kolon i behöver citattecken
help-value-weight = skriv ett heltal, till exempel 10
help-value-short-list = skriv { $key } som en lista, till exempel ["a", "b"]
help-value-list = skriv { $key } som en lista: en punkt per rad under den, var och en börjar med -
help-value-number = skriv ett heltal, utan citattecken
help-value-keys = skriv { $key } med egna nycklar under den, indragna, en per rad
help-value-text = skriv ett vanligt textvärde; sätt det inom citattecken om det innehåller kolon

## De färdiga sidorna (stegvis check)

html-link = <{ $element } { $attribute }="{ $value }">: { $problem }
    .help = länken finns i sidans HTML: i inklistrad HTML, eller i sidmallen som skrev den
html-link-empty = länken är tom
html-link-outside-base = den ligger utanför webbplatsens sökväg { $base }
html-link-no-file = det finns ingen sådan sida eller fil på webbplatsen
html-link-no-id = det finns inget id "{ $id }" på { $page }
html-id-twice = id:t "{ $id }" används två gånger på sidan
    .help = ett id får användas en gång per sida: ändra ett av dem
help-id-of-the-theme = temat använder själv det id:t: ge rubriken ett annat {"{"}#id{"}"}

## Länkar till andra webbplatser (stegvis check --external)

document-external-url = { $url }, som dokumentet { $document } länkar till: { $outcome }
    .help = öppna adressen i en webbläsare; rätta länken i dokumentet och spara det igen om den inte fungerar för läsarna heller
external-url = { $url }: { $outcome }{ $uses ->
        [1] {""}
       *[other] {" "}(länkad { $uses } gånger)
    }
    .help = öppna adressen i en webbläsare; ändra eller ta bort länken om den inte fungerar för läsarna heller
external-moved = har flyttat; länka till den nya adressen
external-broken = trasig ({ $why })
external-login = kräver inloggning ({ $status })
external-slow-down = servern bad oss sakta ned (429); försök igen senare
external-timeout = inget svar i tid
external-out-of-time = inget slutligt svar inom { $seconds } s ({ $requests ->
        [one] { $requests } förfrågan
       *[other] { $requests } förfrågningar
    }{ $redirects ->
        [0] {""}
        [one] , { $redirects } omdirigering
       *[other] , { $redirects } omdirigeringar
    }{ $status ->
        [none] {""}
       *[other] , servern svarade { $status } och bad oss vänta, gång på gång
    }); gav upp
external-failed = misslyckades ({ $why })

## Förhandsvisningen

serve-panicked = Stegvis misslyckades med den här versionen av webbplatsen (ett fel i Stegvis: rapportera det gärna); förhandsvisningen visar den senaste lyckade versionen
render-panicked = Stegvis misslyckades med att skriva den här sidan (ett fel i Stegvis: rapportera det gärna, med sidan): { $detail }

## stegvis cms

cms-kept-changed = behöll { $at } som det står i config.yml: det har ändrats för hand, och webbplatsen säger nu något annat där
cms-kept-gone = behöll { $at }: webbplatsen har det inte längre, men det har ändrats för hand i config.yml; ta bort det där om det inte behövs
cms-kept-unknown = behöll { $at } som det står i config.yml (webbplatsen säger något annat; utan en anteckning om vad stegvis cms skrev senast räknas ett värde som satt för hand)
cms-unlisted = { $count ->
        [one] 1 sida får sitt slag från sitt avsnitt och skriver det inte
       *[other] { $count } sidor får sitt slag från sitt avsnitt och skriver det inte
    }, och redigeraren listar bara sidor som gör det ({ $pages }): kör stegvis cms --add-kinds för att skriva in det
cms-no-decap = adminsidan läser in Decap CMS från static/admin/{ $script }, som inte finns där än: kopiera dist/decap-cms.js ur npm-paketet decap-cms dit (README: "Editing in the browser")

## Ny portal (stegvis init)

init-site-title = Vårt förbättringsnätverk
init-site-description = Nätverkets gemensamma arbetssätt, möten och mallar.
init-home-body = Här samlar nätverket sitt gemensamma arbetssätt: { $process }, { $meetings } och { $templates }.
init-process-title = Processen
init-process-description = Så arbetar vi, fas för fas.
init-process-body = Processen har faser, och varje fas har steg.
init-phase-title = Förberedelse
init-phase-purpose = Teamet bildas och uppdraget blir tydligt.
init-phase-outcome = Ett team med ett uppdrag som ledningen står bakom.
init-step-title = Bilda teamet
init-step-body = Teamet bildas: vilka som är med, vem som leder arbetet och hur ofta teamet träffas.
init-meetings-title = Möten
init-meetings-description = Nätverkets möten med dagordning och underlag.
init-meeting-title = Nätverkets första träff
init-meeting-location = Plats meddelas senare
init-agenda-welcome = Välkommen och dagordning
init-agenda-work = Så arbetar vi vidare
init-templates-title = Mallar
init-templates-description = Dokumentmallar att ladda ned och fylla i.
init-done = Den nya portalen finns i { $dir }. Förhandsgranska den med: stegvis serve --root { $dir }
    .help = CI-filerna .github/workflows/portal.yml (GitHub) och .gitlab-ci.yml (GitLab) bygger portalen vid varje ändring och publicerar den; behåll den som passar er och ta bort den andra.
init-pages = Slå på Pages innan ni skickar första gången till GitHub: repots Settings → Pages → Source: "GitHub Actions". GitLab publicerar med Pages som det är.
init-holds-a-site = { $dir } har redan en webbplats ({ $file }); stegvis init skriver bara i en mapp utan webbplats
init-file-exists = { $file } finns redan; stegvis init skriver aldrig över en fil. Flytta den eller välj en annan mapp.
init-figures-title = Nyckeltal
init-figures-description = Väntetiden till första besök på nätverkets enheter, jämförd med rikets median.
init-figures-body = Väntetiden till första besök, i dagar, på nätverkets enheter. Den streckade linjen är rikets median.
init-figures-chart = Väntetid till första besök
init-figures-unit = dagar
init-figures-category = enhet
init-figures-value = väntetid
init-figures-median = median
init-figures-median-label = Rikets median
init-figures-row = Enhet { $n }
init-figures-guide = Ett exempel med påhittade siffror, därför ett utkast (draft: true): byt siffrorna i { $file } mot era egna och ta bort raden draft. README för Stegvis beskriver diagram och tabeller.
init-templates-guide = Lägg till en mall med `stegvis new mall "Mallens namn"` och lägg filen bredvid den.
init-step-guide = Beskriv vad teamet gör i steget, vem som gör vad och när steget är klart.
init-process-guide = Lägg till ett steg med `stegvis new steg "Stegets namn"`.
init-home-guide = Skriv om texten nedanför: startsidan visar den.
init-a11y-organisation = Vår organisation
init-a11y-method = Webbplatsen är ny. Standardtemat är testat med automatiska verktyg (axe-core) och tangentbord; innehållet har ännu inte granskats.
init-a11y-known = Innehållet är nytt och har ännu inte granskats.

# Förhandsgranskningen (serve): feldialogen, varningarna och översikten.
serve-errors-heading = Sidan kunde inte byggas
serve-errors-intro = Rätta felen nedan och spara; sidan laddas om av sig själv. Under tiden visas den senaste fungerande versionen.
serve-close = Stäng
serve-warnings-on-page = { $n ->
        [one] 1 varning på sidan
       *[other] { $n } varningar på sidan
    }
serve-all-findings = Alla fel och varningar i portalen
serve-more-errors = och { $n } fel till
serve-hide = Dölj varningarna
serve-overview-title = Att rätta i portalen
serve-overview-intro = Allt som förhandsgranskningen har hittat, sida för sida. Sidan uppdateras när du sparar. Den finns bara här, aldrig i den publicerade portalen.
serve-none = Inget att rätta.
serve-review-heading = Sidor att granska
serve-by-page-heading = Per sida
serve-documents-heading = Dokument att rätta
serve-by-owner-heading = Per ägare
serve-no-owner = Ingen ägare angiven
serve-page = Sida
serve-owner = Ägare
serve-review-by = Granskas senast
serve-error = fel
serve-warning = varning

# Vad kommandona säger (new, cms, init), och varför en fil inte kunde skrivas.
io-exists = det finns redan en fil med det namnet
io-no-permission = du har inte behörighet att skriva där
io-not-found = mappen eller filen finns inte
io-disk-full = disken är full
io-read-only = disken går bara att läsa
io-other = { $reason }
file-cannot-write = kan inte skriva { $path }: { $reason }
place-not-plain = { $path } är ingen sökväg inuti webbplatsen (inga .., ingen absolut sökväg)
place-link = { $path } är en symbolisk länk; stegvis skriver bara i webbplatsen, aldrig genom en länk
place-unreadable = { $path }: { $reason }
answer-unreadable = kan inte läsa svaret: { $reason }
new-title-control = titeln "{ $title }" innehåller ett styrtecken ({ $code }); skriv den på en rad, utan det
new-title-no-letters = titeln "{ $title }" har inga bokstäver eller siffror att göra ett filnamn av
new-area-not-in-plan = ett delområde hör till en plan, och content/{ $folder } är ingen; ange en plans mapp med --section, eller gör en: en mapp vars _index.md har kind: plan
new-cannot-write-kind = stegvis new kan inte skriva en sida av slaget { $kind }
new-no-folder = det finns ingen mapp content/{ $folder }; ange en mapp under content/ med --section
new-section-refused = --section: { $why }; ange en mapp under content/
new-report-no-areas = en rapport gäller ett delområde, och webbplatsen har inget; skriv delområdet först: stegvis new area "…"
new-not-an-area = "{ $given }" är inget delområde
new-not-an-area-like = "{ $given }" är inget delområde — menade du "{ $suggestion }"?
new-name-the-area = ange delområdet som rapporten gäller med --area, ett av: { $areas }
new-which-area = Vilket delområde gäller rapporten?
new-number-or-path = Nummer eller sökväg:
cms-not-ours = { $path } skrevs inte av stegvis cms; flytta den, eller ersätt den med --force
cms-config-unreadable = { $why }; rätta den (webbredigeraren kan inte heller läsa den), eller skriv en ny med --force
cms-no-front-matter = { $path }: sidhuvudet börjar inte med ---; skriv --- som första rad

# Vad en sida hämtar från andra ursprung (integritet).
privacy-third-party = sidan hämtar { $url } från { $host }: varje besökares adress går till { $host } innan hen har valt det
    .help = länka dit i stället (då väljer läsaren), eller lägg filen på webbplatsen; om det är avsiktligt, tillåt ursprunget i site.toml: [privacy] allow = ["{ $origin }"]
config-privacy-origin = [privacy] allow: "{ $origin }" är inget ursprung
    .help = skriv bara protokoll och värd, som i https://www.youtube-nocookie.com

# Tillgänglighetsredogörelsen ([accessibility]).
config-a11y-missing = [accessibility] saknar { $key }: tillgänglighetsredogörelsen ska ange { $what }
    .help = lägg till den under [accessibility] i site.toml; README ("Publishing lawfully") visar alla nycklar
a11y-what-country = landet vars regler gäller (se, no eller dk)
a11y-what-organisation = namnet på organisationen bakom webbplatsen
a11y-what-conformance = hur väl webbplatsen följer kraven: full, partial eller none
a11y-what-assessed = datum för den senaste bedömningen
a11y-what-method = hur webbplatsen har granskats (till exempel egen granskning med automatiska verktyg och manuell kontroll)
a11y-what-known-problems = vad som inte är tillgängligt och varför (known_problems), eftersom webbplatsen inte följer kraven helt
a11y-what-feedback = ett sätt att meddela brister: feedback (en webbadress) eller contact (en e-postadress)
config-a11y-country = [accessibility] country: "{ $country }" är inte något av se, no och dk
config-a11y-conformance = [accessibility] conformance: "{ $conformance }" är inte något av full, partial och none
config-a11y-date = [accessibility]: "{ $date }" är inget datum; skriv det som 2026-09-01
config-a11y-url = [accessibility] { $key }: "{ $url }" är ingen webbadress; skriv den med https://
config-a11y-host = [accessibility] { $key }: "{ $url }" är ingen adress på { $host }
a11y-assessment-old = tillgänglighetsredogörelsen bedömdes senast { $date }, för mer än 12 månader sedan: lagen kräver att den ses över varje år
    .help = granska webbplatsen igen och skriv det nya datumet i [accessibility] assessed
a11y-statement-elsewhere = [accessibility] saknar { $key }: tillgänglighetsredogörelsen publiceras hos myndigheten, och varje sida ska länka till den
    .help = publicera redogörelsen där och ange dess adress: { $key } = "https://…"
a11y-unconfirmed = tillgänglighetsredogörelsen listar { $count ->
        [one] en brist
       *[other] { $count } brister
    } som kontrollerna har hittat och som known_problems inte nämner: { $names }
    .help = bekräfta var och en i [accessibility] known_problems (vad som inte är tillgängligt, varför och när det ska åtgärdas), eller åtgärda den
