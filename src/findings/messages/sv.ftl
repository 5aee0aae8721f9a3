# Vad Stegvis säger till redaktörerna, på svenska.

## Utskrifterna

did-you-mean = – menade du "{ $suggestion }"?

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
