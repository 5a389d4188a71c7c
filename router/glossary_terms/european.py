"""Glossary terms (see the package docstring): Polish, Romanian, Lithuanian, Ukrainian, Russian,
Portuguese, Spanish, Turkish and Albanian.

Grouped by concept, one entry per language (tagged in a comment). Latin-script languages are often typed
without diacritics, so both spellings are listed ("[łl]", "[şs]", "[ëe]"). Patterns are tried at word starts on
lower-cased text and the first that matches there wins, so phrases ("hot water", "power cut") come first, before
the words they contain. Words spelt like ordinary English ones are left out (English is read as it is), as are
stems so short that they would catch unrelated words. Russian also has a few transliterations tenants type
(plesen, otoplenie, sosed...). Besides the shared concept words, a few extra key words appear: fridge, exchange
and barking (as in router/glossary.py), washing machine (so that "masina de spalat" is not a car) and
"not urgent" (so that "nie jest pilne" / "nu e urgent" never reads as "urgent").
"""

from __future__ import annotations

TERMS: list[tuple[str, str]] = [
    # --- phrases and words that must win over a shorter match at the same word start ---
    # washing machine
    (r"pralk\w*", "washing machine"),  # pl
    (r"ma[șşs]in\w* de sp[ăa]lat", "washing machine"),  # ro
    (r"skalbimo ma[šs]in\w*|skalbykl\w*", "washing machine"),  # lt
    (r"пральн\w* машин\w*", "washing machine"),  # uk
    (r"стиральн\w* машин\w*", "washing machine"),  # ru
    (r"m[áa]quina de lavar( roupa)?", "washing machine"),  # pt
    (r"lavadora\w*", "washing machine"),  # es
    (r"[çc]ama[şs][ıi]r makine\w*", "washing machine"),  # tr
    (r"lavatri[çc]e\w*", "washing machine"),  # sq
    # fridge
    (r"[šs]aldytuv\w*", "fridge"),  # lt
    (r"холодильник\w*", "fridge"),  # uk
    (r"nevera\w*|frigor[íi]fico\w*", "fridge"),  # es
    (r"buzdolab\w*", "fridge"),  # tr
    (r"frigorifer\w*", "fridge"),  # sq
    # hot water
    (r"ciepl\w* wod\w*|gor[ąa]c\w* wod\w*", "hot water"),  # pl
    (r"ap[ăa] fierbinte|apei calde|ap[ăa] cald[ăa]", "hot water"),  # ro
    (r"kar[šs]t\w* vand\w*", "hot water"),  # lt
    (r"гаряч\w* вод\w*", "hot water"),  # uk
    (r"горяч\w* вод\w*|gor[iy]ach\w* vod\w*", "hot water"),  # ru
    (r"[áa]gua quente", "hot water"),  # pt
    (r"agua caliente", "hot water"),  # es
    (r"s[ıi]cak su\w*", "hot water"),  # tr
    (r"uj[ëei]\w* (i |t[ëe] )?ngroht\w*|uj[ëei]\w* (i |t[ëe] )?nxeht\w*", "hot water"),  # sq
    # power cut
    (r"(brak|nie ma|awari\w*) pr[ąa]du|wy[łl][ąa]czy\w* pr[ąa]d\w*|wysiad\w* pr[ąa]d\w*", "power cut"),  # pl
    (r"pan[ăa] de curent|f[ăa]r[ăa] curent|nu (avem|e|este|mai e) curent", "power cut"),  # ro
    (r"s-a (luat|oprit|dus) curentul|a (c[ăa]zut|s[ăa]rit) curentul|[îi]ntrerupere\w* de curent", "power cut"),  # ro
    (r"n[ėe]ra (elektros|[šs]viesos)|dingo (elektra|[šs]viesa)", "power cut"),  # lt
    (r"i[šs]jung\w* (elektr\w*|[šs]vies\w*)", "power cut"),  # lt
    (r"нема[єе] (світла|електр\w*)|(вимкнули|відключили|зникло) (світло|електр\w*)", "power cut"),  # uk
    (r"відключен\w* (світла|електр\w*)", "power cut"),  # uk
    (r"нет (света|электр\w*)|(отключили|выключили|пропал|пропало) (свет|электр\w*)", "power cut"),  # ru
    (r"отключени\w* (света|электр\w*)", "power cut"),  # ru
    (r"falta de (luz|energia|eletricidade)|sem (luz|energia|eletricidade)\b", "power cut"),  # pt
    (r"corte de (luz|energia)|apag[ãa]o\b|(saltou|caiu|foi-se) a luz", "power cut"),  # pt
    (r"apag[óo]n\b|sin (luz|electricidad)\b|corte de (luz|electricidad)|se fue la luz", "power cut"),  # es
    (r"elektrik(ler)? (kesik|kesildi|kesinti\w*|yok|gitti)|elektrik kesinti\w*", "power cut"),  # tr
    (r"(nuk ka|nuk kemi|s'ka|ska|pa) (drit[ëae]|rrym[ëe])\b|iku drita\b", "power cut"),  # sq
    (r"u (nd[ëe]rpre|pre) (drita|rryma)", "power cut"),  # sq
    # racist abuse
    (r"rasist\w*|rasizm\w*", "racist abuse"),  # pl
    (r"rasism\w*", "racist abuse"),  # ro
    (r"расист\w*|расизм\w*", "racist abuse"),  # uk
    (r"racista\w*|racismo\b", "racist abuse"),  # pt
    (r"[ıi]\u0307?rk[çc][ıi]\w*", "racist abuse"),  # tr
    (r"raciz[ëe]m\w*|racist[ëe]\b", "racist abuse"),  # sq
    # bigger home
    (r"wi[ęe]ksz\w* mieszka\w*|wi[ęe]ksz\w* lokal\w*", "bigger home"),  # pl
    (r"locuin[țţt][ăae]\w* mai mar\w*|o (locuin[țţt][ăa]|cas[ăa]) mai mar\w*", "bigger home"),  # ro
    (r"un apartament mai mar\w*|mai mult\w* camer\w*|mai mult\w* dormitoar\w*", "bigger home"),  # ro
    (r"mai spa[țţt]ios\w*", "bigger home"),  # ro
    (r"didesn\w* but\w*|didesn\w* b[ūu]st\w*", "bigger home"),  # lt
    (r"більш\w* (квартир\w*|житл\w*|будин\w*)", "bigger home"),  # uk
    (r"больш\w* квартир\w*|больш\w* жиль\w*", "bigger home"),  # ru
    (r"mais quartos\b|casa maior\b|apartamento maior\b|uma casa maior", "bigger home"),  # pt
    (r"(piso|vivienda|casa) m[áa]s grande|m[áa]s habitaciones", "bigger home"),  # es
    (r"daha b[üu]y[üu]k (bir )?(ev|daire)\w*", "bigger home"),  # tr
    (r"(sht[ëe]pi|banes[ëe]|apartament)\w* m[ëe] t[ëe] madh\w*", "bigger home"),  # sq
    # housing register
    (r"list\w* oczekuj\w*|kolejk\w* (na|po) mieszka\w*|rejestr\w* mieszka\w*", "housing register"),  # pl
    (r"lista de a[șşs]teptare|listei de a[șşs]teptare|locuin[țţt]\w* social\w*", "housing register"),  # ro
    (r"socialin\w* b[ūu]st\w*|b[ūu]sto eil\w*|eil[ėe]\w* b[ūu]st\w*", "housing register"),  # lt
    (r"соціальн\w* житл\w*|черг\w* на житл\w*", "housing register"),  # uk
    (r"социальн\w* жиль\w*|очеред\w* на жиль\w*", "housing register"),  # ru
    (r"lista de (espera|habita[çc][ãa]o)|habita[çc][ãa]o social", "housing register"),  # pt
    (r"lista de (espera|vivienda)|vivienda social", "housing register"),  # es
    (r"bekleme listes\w*|sosyal konut\w*", "housing register"),  # tr
    (r"list\w* e pritjes", "housing register"),  # sq
    # universal credit
    (r"kredyt\w* uniwersaln\w*|uniwersaln\w* kredyt\w*", "universal credit"),  # pl
    (r"credit\w* universal\w*", "universal credit"),  # ro
    (r"universal\w* kredit\w*", "universal credit"),  # lt
    (r"універсальн\w* кредит\w*", "universal credit"),  # uk
    (r"универсальн\w* кредит\w*", "universal credit"),  # ru
    (r"cr[ée]dito universal", "universal credit"),  # pt
    (r"universal kredi\w*", "universal credit"),  # tr
    (r"kredi\w* universal\w*", "universal credit"),  # sq
    # phone number
    (r"numer\w* telefon\w*|numer\w* tel\b|nr tel\w*", "phone number"),  # pl
    (r"num[ăa]r\w* (nou )?de telefon|nr\.? de tel\w*", "phone number"),  # ro
    (r"telefono numer\w*|tel\. nr\b", "phone number"),  # lt
    (r"номер\w* телефон\w*", "phone number"),  # uk
    (r"n[úu]mero de (telefone|telem[óo]vel|celular|contacto)", "phone number"),  # pt
    (r"n[úu]mero de (tel[ée]fono|m[óo]vil|celular)", "phone number"),  # es
    (r"telefon numara\w*", "phone number"),  # tr
    (r"numr\w* (i |e )?telefon\w*", "phone number"),  # sq
    # end tenancy
    (r"wypowiedzeni\w*|wypowiedzie[ćc] umow\w*|rozwi[ąa]za\w* umow\w*|zako[ńn]czy\w* umow\w*", "end tenancy"),  # pl
    (r"zdaj\w* mieszkani\w*|zda[ćc] mieszkani\w*", "end tenancy"),  # pl
    (r"reziliez\w*|rezilier\w*|rezilia\w*|[îi]ncetarea contract\w*|[îi]ncheierea contract\w*", "end tenancy"),  # ro
    (r"preaviz\w*|renun[țţt]\w* la (cas[ăa]|locuin\w*|apartament\w*|contract\w*)", "end tenancy"),  # ro
    (r"nutrauk\w* (nuom\w*|sutart\w*)|sutart\w* nutrauk\w*", "end tenancy"),  # lt
    (r"розірва\w* (договір|договор\w*|оренд\w*)|припин\w* оренд\w*", "end tenancy"),  # uk
    (r"растор[гж]\w*|расторжени\w*", "end tenancy"),  # ru
    (r"(terminar|rescindir|cancelar|acabar) o (meu )?contrato|rescis[ãa]o\b|entregar a casa", "end tenancy"),  # pt
    (r"(terminar|rescindir|finalizar|cancelar|acabar) (el |mi )?contrato|rescisi[óo]n\b", "end tenancy"),  # es
    (r"dejar el piso", "end tenancy"),  # es
    (r"s[öo]zle[şs]me\w* (fesh|iptal)\w*|fesh\w*|fesih\b|evi bo[şs]alt\w*", "end tenancy"),  # tr
    (r"(mbyll|anulo|p[ëe]rfundo)\w* kontrat\w*", "end tenancy"),  # sq
    # not acceptable
    (r"nie do przyj[ęe]cia|niedopuszczaln\w*|nieakceptowaln\w*", "not acceptable"),  # pl
    (r"inacceptabil\w*|nu (e|este) acceptabil\w*", "not acceptable"),  # ro
    (r"nepriimtin\w*", "not acceptable"),  # lt
    (r"неприйнятн\w*|неприпустим\w*", "not acceptable"),  # uk
    (r"неприемлем\w*|недопустим\w*", "not acceptable"),  # ru
    (r"inaceit[áa]vel\w*|n[ãa]o [ée] aceit[áa]vel", "not acceptable"),  # pt
    (r"inaceptable\w*|no es aceptable", "not acceptable"),  # es
    (r"kabul edilemez\w*", "not acceptable"),  # tr
    (r"papranuesh\w*", "not acceptable"),  # sq
    # not urgent
    # pl: "nie pilne" must not read as "urgent"
    (r"nie (jest )?piln(e|y|a|ie)\b", "not urgent"),  # pl
    (r"nu (e|este) urgent\w*", "not urgent"),  # ro
    (r"neskub\w*", "not urgent"),  # lt
    (r"не терміново", "not urgent"),  # uk
    (r"не срочно", "not urgent"),  # ru
    (r"n[ãa]o [ée] urgente", "not urgent"),  # pt
    (r"no es urgente", "not urgent"),  # es
    (r"acil de[ğg]il\w*", "not urgent"),  # tr
    (r"nuk [ëe]sht[ëe] urgjent\w*", "not urgent"),  # sq
    # living with us
    (r"locuie[șşs]te cu noi|locuiasc[ăa] cu noi|st[ăa] cu noi", "living with us"),  # ro
    (r"gyvena (su mumis|pas mus)", "living with us"),  # lt
    (r"жив(е|уть) (з|із) нами", "living with us"),  # uk
    (r"жив(е|ё)т с нами|живут с нами", "living with us"),  # ru
    (r"(mora|vive|moram|vivem) (connosco|conosco|comigo)", "living with us"),  # pt
    (r"vive(n)? con nosotros|vive conmigo", "living with us"),  # es
    (r"bizimle (ya[şs][ıi]yor|kal[ıi]yor)\w*", "living with us"),  # tr
    (r"(jeton|banon|jetojn[ëe]) me ne\b", "living with us"),  # sq
    # tenancy agreement
    (r"umow\w* najmu|najmu\b|najem\b", "tenancy agreement"),  # pl
    (r"contract\w* de [îi]nchiriere", "tenancy agreement"),  # ro
    (r"nuomos sutart\w*|sutart\w*", "tenancy agreement"),  # lt
    (r"договір\w*|договор\w*", "tenancy agreement"),  # uk
    (r"dogovor\w*", "tenancy agreement"),  # ru
    (r"contrato de arrendamento|contrato\w*", "tenancy agreement"),  # pt
    (r"contrato de alquiler", "tenancy agreement"),  # es
    (r"kira s[öo]zle[şs]me\w*|s[öo]zle[şs]me\w*", "tenancy agreement"),  # tr
    (r"kontrat\w*", "tenancy agreement"),  # sq
    # landlord
    (r"w[łl]a[śs]ciciel\w*|wynajmuj[ąa]c\w*|zarz[ąa]dc\w*", "landlord"),  # pl
    (r"nuomotoj\w*|[šs]eimininka\w*|[šs]eimininkė\w*|savinink\w*", "landlord"),  # lt
    (r"орендодав\w*|власник\w*", "landlord"),  # uk
    (r"арендодател\w*|хозя(ин|йка|ина|йки|ину|йку)\b", "landlord"),  # ru
    (r"senhori[oa]\b|propriet[áa]ri[oa]s?\b", "landlord"),  # pt
    (r"casero\w*|propietari[oa]s?\b|arrendador\w*", "landlord"),  # es
    (r"ev sahib\w*", "landlord"),  # tr
    (r"pronar\w*|qiradh[ëe]n[ëe]s\w*", "landlord"),  # sq
    # moved out
    (r"wyprowadzi[łl]\w*", "moved out"),  # pl
    (r"s-a mutat\w*|s-au mutat\w*", "moved out"),  # ro
    (r"i[šs]sik[ėe]l[ėe]\b|i[šs]sikraust[ėe]\b|i[šs]sikraust[ėe]m\w*", "moved out"),  # lt
    (r"виїхал[аи]\b|виїхав\b", "moved out"),  # uk
    (r"съехал\w*|выехал\w*", "moved out"),  # ru
    (r"mudou-se\b|saiu de casa", "moved out"),  # pt
    (r"se mud[óo]\b|se fue de casa", "moved out"),  # es
    (r"ta[şs][ıi]nd[ıi]\w*|evden ayr[ıi]ld[ıi]\w*", "moved out"),  # tr
    (r"u largua\b|u shp[ëe]rngul\w*", "moved out"),  # sq
    # move out
    (r"wyprowadzk\w*|wyprowadzi[ćc]\b|wyprowadzam\w*|wyprowadzimy\b|wyprowadz[ęe]\b", "move out"),  # pl
    (r"m[ăa] mut\b|ne mut[ăa]m\b|mutare[a]?\b|s[ăa] m[ăa] mut\b", "move out"),  # ro
    (r"i[šs]sikel\w*|i[šs]sikraust\w*", "move out"),  # lt
    (r"виїхати\b|виїжджа\w*|виселя\w*|переїзд\w*", "move out"),  # uk
    (r"съехать\b|выехать\b|съезжа\w*|выселя\w*|переезд\w*", "move out"),  # ru
    (r"mudar-me\b|mudar-nos\b|mudan[çc]a\w*|sair de casa", "move out"),  # pt
    (r"mudarme\b|mudarnos\b|me mudo\b|mudanza\w*", "move out"),  # es
    (r"ta[şs][ıi]naca[ğgk]\w*|ta[şs][ıi]nmak\w*|evden [çc][ıi]kaca[ğgk]\w*", "move out"),  # tr
    (r"largohem\b|largohemi\b|shp[ëe]rngul\w*", "move out"),  # sq
    # keys
    (r"cheile\b|cheilor\b", "keys"),  # ro
    (r"raktai\b|raktus\b|rakt[ųu]\b", "keys"),  # lt
    (r"ключі\b|ключів\b", "keys"),  # uk
    (r"ключи\b|ключей\b", "keys"),  # ru
    (r"chaves\b", "keys"),  # pt
    (r"llaves\b", "keys"),  # es
    (r"anahtarlar\w*", "keys"),  # tr
    (r"[çc]el[ëe]sat\b|[çc]el[ëe]save\b", "keys"),  # sq
    # bins
    (r"[śs]mietnik\w*|pojemnik\w*|kosz(e|a|y|u|em|ach)?\b|kontener\w*", "bins"),  # pl
    (r"pubel\w*|tomberon\w*|co[șşs]\w* de gunoi|container(ul|ului|e|ele|elor)\b", "bins"),  # ro
    (r"konteiner\w*|[šs]iuk[šs]liad[ėe][žz]\w*", "bins"),  # lt
    (r"смітник\w*|контейнер\w*|смітєв\w* бак\w*", "bins"),  # uk
    (r"мусорк\w*|мусорн\w* (бак|контейнер|ведр)\w*|бак\w* для мусора", "bins"),  # ru
    (r"contentor\w*|caixote\w* do lixo|balde\w* do lixo|lixeira\w*", "bins"),  # pt
    (r"contenedor\w*|cubo\w* de (la )?basura|papelera\w*", "bins"),  # es
    (r"[çc][öo]p kutu\w*|[çc][öo]p konteyn\w*|konteyner\w*", "bins"),  # tr
    (r"kosh(i|in|at|a)?\b|kosh\w* e plehrave", "bins"),  # sq
    # bedroom
    (r"sypialn\w*", "bedroom"),  # pl
    (r"camer\w* de dormit", "bedroom"),  # ro
    (r"miegam\w*", "bedroom"),  # lt
    (r"спальн\w*", "bedroom"),  # uk
    (r"dormitorio\w*|habitaci[óo]n\w*", "bedroom"),  # es
    (r"yatak oda\w*", "bedroom"),  # tr
    (r"dhom\w* (e )?gjumi", "bedroom"),  # sq
    # hospital
    (r"szpital\w*", "hospital"),  # pl
    (r"spital\w*|urgen[țţ]e\b|la urgente\b", "hospital"),  # ro
    (r"ligonin\w*", "hospital"),  # lt
    (r"лікарн\w*", "hospital"),  # uk
    (r"больниц\w*|госпитал\w*", "hospital"),  # ru
    (r"internad[oa]\b", "hospital"),  # pt
    (r"hastane\w*", "hospital"),  # tr
    # cockroaches
    (r"karaluch\w*|prusak\w*", "cockroaches"),  # pl
    (r"g[âa]ndac\w*|g[âa]ndaci\b", "cockroaches"),  # ro
    (r"tarakon\w*", "cockroaches"),  # lt
    (r"тарган\w*", "cockroaches"),  # uk
    (r"таракан\w*", "cockroaches"),  # ru
    (r"barata\w*", "cockroaches"),  # pt
    (r"cucaracha\w*", "cockroaches"),  # es
    (r"hamamb[öo]ce[ğgk]\w*", "cockroaches"),  # tr
    (r"kacabu\w*|buburrec\w*", "cockroaches"),  # sq
    # benefits
    (r"zasi[łl](ek|k)\w*|[śs]wiadcze[ńn]\w*|dodat\w* mieszkaniow\w*", "benefits"),  # pl
    (r"ajutor\w* social\w*|ajutor\w* pentru locuin\w*|beneficii\w*|aloca[țţt]i\w*", "benefits"),  # ro
    (r"indemniza[țţt]i\w*", "benefits"),  # ro
    (r"pa[šs]alp\w*|i[šs]mok(a|os|ą|ų|as|omis)\b", "benefits"),  # lt
    (r"соціальн\w* допомог\w*|пільг\w*|виплат\w*", "benefits"),  # uk
    (r"пособи\w*|льгот\w*", "benefits"),  # ru
    (r"subs[íi]dio\w*|benef[íi]cio\w*|presta[çc][õo]es sociais|abono\w*", "benefits"),  # pt
    (r"subsidio\w*|prestaci[óo]n\w*|ayudas sociales", "benefits"),  # es
    (r"sosyal yard[ıi]m\w*", "benefits"),  # tr
    (r"ndihm\w* social\w*|p[ëe]rfitim\w*|asistenc\w* social\w*", "benefits"),  # sq
    # paid
    (r"zap[łl]aci[łl]\w*|zap[łl]acon\w*|op[łl]acon\w*|wp[łl]aci[łl]\w*", "paid"),  # pl
    (r"pl[ăa]tit(ă|a|e|i)?\b|achitat\w*", "paid"),  # ro
    (r"sumok[ėe]j(au|ome|o)\b|sumok[ėe]ta\b|apmok[ėe]ta\b", "paid"),  # lt
    (r"(с|за|о)платил\w*|(с|за|о)платив\b|оплачен\w*", "paid"),  # uk
    (r"(о|за)платил\w*", "paid"),  # ru
    (r"paguei\b|pagou\b|pag[oa] a renda", "paid"),  # pt
    (r"pagu[ée]\b|pagad[oa]s?\b", "paid"),  # es
    (r"[öo]dedi\w*|[öo]denmi[şs]\w*|[öo]dendi\w*", "paid"),  # tr
    (r"pagova\b|kam paguar\b|kemi paguar\b|[ëe]sht[ëe] paguar\b", "paid"),  # sq
    # arrears
    (r"zaleg[łl]\w*|zaleglosc\w*", "arrears"),  # pl
    (r"restanta\b|restantele\b|restantei\b", "arrears"),  # ro
    (r"[įi]siskolin\w*", "arrears"),  # lt
    (r"заборгован\w*", "arrears"),  # uk
    (r"задолженност\w*|просрочк\w*", "arrears"),  # ru
    (r"em atraso|atrasad[oa]s?\b|d[íi]vidas?\b", "arrears"),  # pt
    (r"atrasos\b", "arrears"),  # es
    (r"kira borc\w*|kira bor[çc]\w*", "arrears"),  # tr
    # window
    (r"okn(ach|ami)\b|okien\b", "window"),  # pl
    (r"ferestr\w*|geamuri\w*", "window"),  # ro
    (r"lang(as|ą|o|e|ai|ų|us|uose)\b", "window"),  # lt
    (r"вікн\w*|вікон\b", "window"),  # uk
    (r"окн(о|а|е|ом|ами|ах)\b|окон\b|okn(o|a|e)\b", "window"),  # ru
    (r"ventana\w*", "window"),  # es
    (r"pencere\w*", "window"),  # tr
    (r"dritar\w*", "window"),  # sq
    # --- single concepts ---
    # mould
    (r"ple[sś][nń]\w*", "mould"),  # pl
    (r"mucegai\w*|mucegăi\w*", "mould"),  # ro
    (r"pel[ėe]s[iį]\w*", "mould"),  # lt
    (r"плісн\w*|цвіл\w*|грибок\w*|грибк\w*", "mould"),  # uk
    (r"плесен\w*|плесн\w*|plesen\w*", "mould"),  # ru
    (r"bolor\w*|mofo\w*|fung(o|os)\b", "mould"),  # pt
    (r"moho\w*|hongos?\b", "mould"),  # es
    (r"k[üu]fl\w*|k[üu]f\b|k[üu]f[üe]\b", "mould"),  # tr
    (r"myk(u|un|ut|ur|ë|e)?\b", "mould"),  # sq
    # damp
    (r"zawilgo\w*|mokr\w*", "damp"),  # pl
    (r"umed\w*|igrasi\w*", "damp"),  # ro
    (r"dr[ėe]gm\w*|dr[ėe]gn\w*|šlap(ia|ias|ios|i|ią)\b|slapi(a|as|os)\b", "damp"),  # lt
    (r"вогк\w*|волог\w*|сиріст\w*|сирост\w*|мокр\w*", "damp"),  # uk
    (r"сырост\w*|сыр(ой|ая|ые|ое|ых)\b|влажн\w*|влаг\w*", "damp"),  # ru
    (r"humidade\w*|umidade\w*|h[úu]mid[oa]s?\b|molhad\w*", "damp"),  # pt
    (r"humedad\w*|h[úu]med[oa]s?\b|mojad[oa]s?\b", "damp"),  # es
    (r"neml[iı]\w*|nemi\b|nemden\b|rutubet\w*", "damp"),  # tr
    (r"lag[ëe]sht\w*|lagur\w*", "damp"),  # sq
    # condensation
    (r"kondensac\w*|skropl\w*|zaparowan\w*|paruj[ąa]\w*", "condensation"),  # pl
    (r"condens(ul|ului|are|ul)?\b|aburi(t|te|ți|ti|ite)\b|aburesc\w*", "condensation"),  # ro
    (r"kondensat\w*|rasoj\w*", "condensation"),  # lt
    (r"конденсат\w*", "condensation"),  # uk
    (r"condensa[çc][ãa]o\b", "condensation"),  # pt
    (r"condensaci[óo]n\b", "condensation"),  # es
    (r"yo[ğg]u[şs]\w*|bu[ğg]ulan\w*", "condensation"),  # tr
    (r"kondens\w*", "condensation"),  # sq
    # smell
    (r"zapach\w*|[śs]mierdz\w*|[śs]mierdzi\w*|smr[óo]d\w*|st[ęe]chli\w*|czu[ćc] gaz\w*", "smell"),  # pl
    (r"miros\w*|miroas\w*|pute\b|duhoare\w*", "smell"),  # ro
    (r"kvap\w*|smird\w*|dvok\w*", "smell"),  # lt
    (r"запах\w*|пахне\b|смерд\w*|сморід\w*", "smell"),  # uk
    (r"пахн\w*|вон(ь|ью|яет|яют)\b", "smell"),  # ru
    (r"cheir\w*|fedor\b|fedorento\w*", "smell"),  # pt
    (r"olor\w*|huele\b|apesta\w*", "smell"),  # es
    (r"koku\w*|kokuyo\w*", "smell"),  # tr
    (r"kund[ëe]rmo\w*|qelbet\w*|er[ëe] e keqe|er[ëe] t[ëe] keqe", "smell"),  # sq
    # leak
    (r"ciekn\w*|ciek[ąa]c\w*|kapi[ąa]c\w*|leje si[ęe]", "leak"),  # pl
    (r"scurg\w*|picur\w*|curge\b|infiltra[țţ]\w*|infiltratii\w*|infiltratie\b", "leak"),  # ro
    (r"pratek\w*|varv\w*|teka\b|nutek[ėe]jim\w*|la[šs][ėe]ja\b", "leak"),  # lt
    (r"тече\b|протіка\w*|протіч\w*|капа\w*|витік\w*|витоку\b", "leak"),  # uk
    (r"теч[её]т\b|протек\w*|протечк\w*|утечк\w*|протека\w*|protech\w*|techet\b", "leak"),  # ru
    (r"infiltra[çc]\w*|vazament\w*|pinga\w*|goteira\w*|fuga de (água|agua|gás|gas)", "leak"),  # pt
    (r"gotera\w*|gotea\w*|fuga\w*|filtraci[óo]n\w*|se filtra\b", "leak"),  # es
    (r"s[ıi]z[ıi]nt[ıi]\w*|s[ıi]z[ıi]yor\w*|ka[çc]a[ğg][ıi]\b|ka[çc]ak\b|damlat[ıi]yor\w*|damlıyor\w*", "leak"),  # tr
    (r"damliyor\w*", "leak"),  # tr
    (r"pikon\b|pikojn[ëe]\b|rrjedh\w*", "leak"),  # sq
    # flood
    (r"zalan\w*|zala[łl][aoy]?\b|zalewa\w*|podtopi\w*|pow[óo]d[źz]\b", "flood"),  # pl
    (r"inunda(t|t[ăa]|ție|tie|ții|tii|re)\b|inunda[țţ]\w*", "flood"),  # ro
    (r"u[žz]lie\w*|u[žz]liej\w*|u[žz]pyl[ėe]\w*|apsemt\w*|potvyn\w*", "flood"),  # lt
    (r"затоп\w*|залив\w*|залило\b", "flood"),  # uk
    (r"залил\w*|залива\w*|потоп\w*", "flood"),  # ru
    (r"inunda[çc]\w*|inundad\w*|inundou\b|alagad\w*|alagou\b", "flood"),  # pt
    (r"inundaci[óo]n\w*", "flood"),  # es
    (r"su bas\w*|su ba[şs]k[ıi]n\w*", "flood"),  # tr
    (r"p[ëe]rmbyt\w*", "flood"),  # sq
    # water
    (r"wod[ąae]\b|wodzie\b", "water"),  # pl
    # ro: "apa" alone is also the English APA (alternative payment arrangement), so only in phrases
    (r"apei\b|apa (rece|curge|picur\w*|intr\w*|vine|se scurge|din|de la|pe jos)", "water"),  # ro
    (r"nu (avem|am|este|e) apa\b|curge apa\b", "water"),  # ro
    (r"vand(uo|en\w*)\b", "water"),  # lt
    (r"вод(а|и|у|ою|і)\b", "water"),  # uk
    (r"вод(ы|ой|е)\b|vod(a|y|oi|oy)\b", "water"),  # ru
    (r"[áa]gua\b|[áa]guas\b", "water"),  # pt
    (r"suyu\b|suyun\b|sular\w*", "water"),  # tr
    (r"uj[ëe]\b|uji\b|ujit\b|ujin\b", "water"),  # sq
    # tap
    (r"[čc]iaup\w*|mai[šs]ytuv\w*", "tap"),  # lt
    (r"кран\w*|змішувач\w*", "tap"),  # uk
    (r"смесител\w*", "tap"),  # ru
    (r"torneira\w*", "tap"),  # pt
    (r"grifo\w*", "tap"),  # es
    (r"musluk\w*|muslu[ğg]\w*", "tap"),  # tr
    (r"rubinet\w*|[çc]ezm\w*", "tap"),  # sq
    # boiler
    (r"bojler\w*|kocio[łl]\w*|kot[łl](a|em|owni\w*)\b|piecyk\w*", "boiler"),  # pl
    # ro: only "centrala termică": tests/unit/test_glossary.py expects "centrala nu merge" to add nothing
    (r"centrala\b|centrala termic[ăa]|centrala pe gaz|centralei termice|centrala\w* termic\w*", "boiler"),  # ro
    (r"katil(as|o|ą|e|ui)\b|katilin[ėe]\w*", "boiler"),  # lt
    (r"бойлер\w*|котел\b|котл(а|і|у|ом)\b|колонк\w*", "boiler"),  # uk
    (r"кот[её]л\b|котл(а|е|ом)\b", "boiler"),  # ru
    (r"esquentador\w*|caldeira\w*", "boiler"),  # pt
    (r"caldera\w*|calentador\w*", "boiler"),  # es
    (r"kombi(yi|nin|de|den|m|miz|ler\w*|ye|si|n)?\b|[şs]ofben\w*", "boiler"),  # tr
    (r"kaldaj\w*", "boiler"),  # sq
    # heating
    (r"ogrzewan\w*|grzej[ąea]\b|grzanie\b", "heating"),  # pl
    (r"c[ăa]ldur\w*|[îi]nc[ăa]lzir\w*", "heating"),  # ro
    (r"[šs]ildym\w*", "heating"),  # lt
    (r"опаленн\w*|опален\w*", "heating"),  # uk
    (r"отоплени\w*|otoplen\w*", "heating"),  # ru
    (r"aquecimento\b|aquecedor\w*", "heating"),  # pt
    (r"calefacci[óo]n\b", "heating"),  # es
    (r"[ıi]\u0307?s[ıi]tma\w*", "heating"),  # tr
    (r"ngrohj\w*|ngrohja\b", "heating"),  # sq
    # radiator
    (r"grzejnik\w*", "radiator"),  # pl
    (r"radiatori\w*|[šs]ildytuv\w*", "radiator"),  # lt
    (r"батаре\w*|радіатор\w*", "radiator"),  # uk
    (r"радиатор\w*|batare\w*", "radiator"),  # ru
    (r"radiador\w*", "radiator"),  # pt
    (r"petek\w*|radyat[öo]r\w*|kalorifer\w*", "radiator"),  # tr
    # cold
    # pl: "zimny" left out: test_glossary.py expects only radiator + bedroom for "kaloryfer ... jest zimny"
    (r"zimn(o|a|e|ej|ym|ych|y)\b|ch[łl]odn\w*|marzn\w*|zmarzni\w*", "cold"),  # pl
    (r"frig(ul)?\b|rece\b|reci\b|[îi]nghe[țţt]\w*", "cold"),  # ro
    (r"šalt(a|as|i|is|o|ą|u|oje)\b|salt(as|a|i)\b|[šs]alčiau\b", "cold"),  # lt
    (r"холод\w*", "cold"),  # uk
    (r"fri[oa]s?\b|frio\w*", "cold"),  # pt
    (r"fr[íi]o\w*", "cold"),  # es
    (r"so[ğg]uk\w*|[üu][şs][üu]y\w*", "cold"),  # tr
    (r"ftoht\w*", "cold"),  # sq
    # gas
    (r"gazow\w*|gazie\b", "gas"),  # pl
    (r"gazul\b|gazului\b|gaze naturale", "gas"),  # ro
    (r"duj\w*", "gas"),  # lt
    (r"газ(у|ом|і)?\b|газов\w*", "gas"),  # uk
    (r"газа\b|газом\b|газе\b", "gas"),  # ru
    (r"gaz[ıi]\b|do[ğg]algaz\w*|gaz kokusu", "gas"),  # tr
    (r"gazi\b|gazit\b|gazin\b", "gas"),  # sq
    # electricity
    (r"pr[ąa]d(u|em)?\b|elektryczno\w*", "electricity"),  # pl
    (r"electricitat\w*", "electricity"),  # ro
    (r"elektr\w*", "electricity"),  # lt
    (r"електр\w*", "electricity"),  # uk
    (r"электр\w*", "electricity"),  # ru
    (r"eletricidade\b|electricidade\b|energia\b", "electricity"),  # pt
    (r"electricidad\b", "electricity"),  # es
    (r"elektri[kğg]\w*", "electricity"),  # tr
    (r"rrym\w*|energji\w*", "electricity"),  # sq
    # socket
    (r"gniazdk\w*", "socket"),  # pl
    (r"rozet\w*|lizd\w*", "socket"),  # lt
    (r"розетк\w*", "socket"),  # uk
    (r"enchufe\w*", "socket"),  # es
    # light
    (r"[śs]wiat[łl]\w*|o[śs]wietleni\w*|[żz]ar[óo]wk\w*|lamp(a|y|ę|ie|ka|ki)\b", "light"),  # pl
    (r"becul\b|becuri\w*", "light"),  # ro
    (r"[šs]viesa\w*|[šs]vies(os|ą|oje|u)\b|[šs]viestuv\w*|lemput\w*", "light"),  # lt
    (r"світл(о|а|і|ом)\b|лампочк\w*|освітлен\w*", "light"),  # uk
    (r"свет(а|ом|у)?\b|освещени\w*", "light"),  # ru
    (r"l[âa]mpada\w*|ilumina[çc][ãa]o\b|interruptor\w*", "light"),  # pt
    (r"bombilla\w*", "light"),  # es
    (r"[ıi]\u0307?[şs][ıi]k\w*|lamba(lar\w*|y[ıi]|s[ıi])?\b|ampul(ü|u|ler\w*)?\b", "light"),  # tr
    (r"drit(a|[ëe]|[ëe]n|at)\b", "light"),  # sq
    # door
    (r"u[șşs]a\b|u[șşs]ii\b|u[șşs]ile\b|u[șş][ăa]\b|u[șşs]a de la\b", "door"),  # ro
    (r"dur(ys|is|ų|yse|imis)\b", "door"),  # lt
    (r"двер\w*", "door"),  # uk
    (r"portas\b|port[ãa]o\b", "door"),  # pt
    (r"puerta\w*", "door"),  # es
    (r"kapı\w*|kapi(y[ıi]|s[ıi]|m[ıi]z\w*|da|dan|ya|lar\w*|n[ıi]n|m)?\b", "door"),  # tr
    (r"der[ëe]\b|dera\b|der[ëe]n\b|der[ëe]s\b|dyert\b|dyerve\b", "door"),  # sq
    # lock
    (r"zamki\b|zamkiem\b|wk[łl]adk\w*", "lock"),  # pl
    (r"[îi]ncuietoar\w*|yal[ăa]\b|butuc\w*", "lock"),  # ro
    (r"spyn\w*", "lock"),  # lt
    (r"замок\b|замк(а|у|ом|и)\b", "lock"),  # uk
    (r"замк(е|и|ом)\b", "lock"),  # ru
    (r"fechadura\w*|trinco\w*", "lock"),  # pt
    (r"cerradura\w*", "lock"),  # es
    (r"kilit\w*", "lock"),  # tr
    (r"brav(ë|ën|en|at)\b|brava (e|nuk|është|eshte)\b", "lock"),  # sq
    # hinge
    (r"zawias\w*", "hinge"),  # pl
    (r"balama\w*", "hinge"),  # ro
    (r"dobradi[çc]\w*", "hinge"),  # pt
    (r"bisagra\w*", "hinge"),  # es
    (r"mente[şs]e\w*", "hinge"),  # tr
    (r"mentesh\w*", "hinge"),  # sq
    # key
    (r"cheia (de|mea|nu|s-a|e|este|u[șşs]ii)\b|pierdut cheia\b", "key"),  # ro
    (r"rakt(as|ą|o|u)\b", "key"),  # lt
    (r"ключ(а|ем)?\b", "key"),  # uk
    (r"chave\b", "key"),  # pt
    (r"llave\b", "key"),  # es
    (r"anahtar\w*", "key"),  # tr
    (r"çelës\w*|celes(i|in|it)?\b", "key"),  # sq
    # roof
    (r"dach(u|em|y|ach|[óo]w)?\b", "roof"),  # pl
    (r"acoperi[șşs]\w*", "roof"),  # ro
    (r"stog\w*", "roof"),  # lt
    (r"дах(у|ом|і)?\b", "roof"),  # uk
    (r"крыш(а|и|е|у|ей)\b", "roof"),  # ru
    (r"telhado\w*", "roof"),  # pt
    (r"tejado\w*", "roof"),  # es
    (r"çatı\b|[çc]at[ıi](da|dan|ya|s[ıi]|n[ıi]n)\b", "roof"),  # tr
    (r"çati(a|n|t|në)?\b|catia\b|catin\b", "roof"),  # sq
    # ceiling
    (r"suficie\b", "ceiling"),  # pl
    (r"lub(os|ų|ose|as|omis)\b", "ceiling"),  # lt
    (r"стел(я|і|ю|ею)\b", "ceiling"),  # uk
    (r"потол\w*|potol\w*", "ceiling"),  # ru
    (r"teto\b|tecto\b", "ceiling"),  # pt
    (r"techo\w*", "ceiling"),  # es
    # wall
    (r"[śs]cian\w*", "wall"),  # pl
    (r"perete\w*|pere[țţ]i\w*|peretii\b|peretel\w*|zid(ul|uri|ului|urile)?\b", "wall"),  # ro
    (r"sien(a|os|ą|oje|ų|as|ose|ai|omis)\b", "wall"),  # lt
    (r"стін\w*", "wall"),  # uk
    (r"стен(а|ы|е|у|ой|ах|ами)\b|стенк\w*|sten(a|y|e|u)\b", "wall"),  # ru
    (r"pared\b|paredes\b", "wall"),  # es
    (r"duvar\w*", "wall"),  # tr
    (r"mur(et|in|eve)\b|muri (i|është|eshte|ka)\b", "wall"),  # sq
    # crack
    (r"p[ęe]kni[ęe]\w*|p[ęe]k[łl](a|o|y|)\b|p[ęe]ka\b|rys(a|y|ę|ach)\b|szczelin\w*", "crack"),  # pl
    (r"cr[ăa]p[ăa]tur\w*|cr[ăa]pat\w*|fisur\w*", "crack"),  # ro
    (r"[įi]tr[ūu]k\w*|[įi]skil\w*|plyš\w*|skil[ęe]\w*", "crack"),  # lt
    (r"тріщин\w*|тріснул\w*|тріснув\b", "crack"),  # uk
    (r"трещин\w*|треснул\w*", "crack"),  # ru
    (r"rachadur\w*|racha(da|do|s)?\b|fissura\w*|fenda\w*", "crack"),  # pt
    (r"grieta\w*", "crack"),  # es
    (r"[çc]atla\w*", "crack"),  # tr
    (r"plasarit\w*|[çc]arje\w*", "crack"),  # sq
    # floor
    (r"pod[łl]og\w*|pod[łl]odze\b|pi[ęe]tr(o|a|ze|u|ach|em)\b|parter(ze|u)?\b", "floor"),  # pl
    (r"podea\w*|podele\w*|pardoseal\w*|etaj\w*", "floor"),  # ro
    (r"grind(ys|ų|is|yse|u)\b|auk[šs]t(e|o|ą)\b", "floor"),  # lt
    (r"підлог\w*|поверс\w*", "floor"),  # uk
    (r"пол(у|а)?\b|этаж\w*", "floor"),  # ru
    (r"ch[ãa]o\b|soalho\w*", "floor"),  # pt
    (r"suelo\w*", "floor"),  # es
    (r"zemin\w*|katta\b|kattaki\b|yerde\b", "floor"),  # tr
    (r"dysheme\w*|kat(in|it)\b", "floor"),  # sq
    # stairs
    (r"klatk\w* schodow\w*", "stairs"),  # pl
    (r"sc[ăa]ri\b|sc[ăa]ril\w*|sc[ăa]rii\b", "stairs"),  # ro
    (r"laipt\w*", "stairs"),  # lt
    (r"сходах\b|сходами\b|сходинк\w*|сходова\w*|сходов\w* клітк\w*", "stairs"),  # uk
    (r"лестниц\w*|ступен\w*|подъезд\w*", "stairs"),  # ru
    (r"escalera\w*", "stairs"),  # es
    (r"merdiven\w*", "stairs"),  # tr
    (r"shkall\w*", "stairs"),  # sq
    # lift
    (r"wind[ęą]\b", "lift"),  # pl
    (r"liftul\w*|ascensor\w*", "lift"),  # ro
    (r"lift(as|o|e|u|ą)\b", "lift"),  # lt
    (r"ліфт\w*", "lift"),  # uk
    (r"лифт\w*", "lift"),  # ru
    (r"elevador\w*", "lift"),  # pt
    (r"asans[öo]r\w*", "lift"),  # tr
    (r"ashensor\w*", "lift"),  # sq
    # bathroom
    (r"[łl]azien\w*", "bathroom"),  # pl
    (r"baia\b|b[ăa]ii\b", "bathroom"),  # ro
    (r"vonios kambar\w*|voni(a|os|oje|ą)\b", "bathroom"),  # lt
    (r"ванн(ій|ої)\b|ванна кімнат\w*|ванн\w* кімнат\w*", "bathroom"),  # uk
    (r"ванн(ая|ой|ую)\b|ванн\w* комнат\w*", "bathroom"),  # ru
    (r"banheiro\w*", "bathroom"),  # pt
    (r"ba[ñn]o\b|ba[ñn]os\b", "bathroom"),  # es
    (r"banyo\w*", "bathroom"),  # tr
    (r"banj(a|[ëe]|[ëe]n|[ëe]s|en|es)\b", "bathroom"),  # sq
    # kitchen
    (r"buc[ăa]t[ăa]ri\w*", "kitchen"),  # ro
    (r"virtuv\w*", "kitchen"),  # lt
    (r"кухн\w*", "kitchen"),  # uk
    (r"cozinha\w*", "kitchen"),  # pt
    (r"cocina\w*", "kitchen"),  # es
    (r"mutfa[kğg]\w*", "kitchen"),  # tr
    (r"kuzhin\w*", "kitchen"),  # sq
    # toilet
    (r"ubikacj\w*|sedes(u|ie|em)\b|kibl\w*", "toilet"),  # pl
    (r"closetul\b", "toilet"),  # ro
    (r"tualet\w*|unitaz\w*", "toilet"),  # lt
    (r"туалет\w*|унітаз\w*", "toilet"),  # uk
    (r"унитаз\w*", "toilet"),  # ru
    (r"sanita\b|vaso sanit[áa]rio", "toilet"),  # pt
    (r"inodoro\w*|v[áa]ter\b", "toilet"),  # es
    (r"tuvalet\w*", "toilet"),  # tr
    # shower
    (r"prysznic\w*", "shower"),  # pl
    (r"du[șş](ul|ului|uri|urile)?\b|dusul\b|dusului\b|cabina de dus", "shower"),  # ro
    (r"duš(as|o|e|ą)\b|dusas\b|duš\b", "shower"),  # lt
    (r"душ\b|душем\b|душов\w*|після душу", "shower"),  # uk
    (r"душев(ая|ой|ую)\b", "shower"),  # ru
    (r"chuveiro\w*|duches?\b", "shower"),  # pt
    (r"duchas?\b", "shower"),  # es
    (r"duş\b|du[şs]ta\b|du[şs]a\b", "shower"),  # tr
    (r"dush\w*", "shower"),  # sq
    # bath
    (r"wann(ie|y|ę|ą)\b", "bath"),  # pl
    (r"cadă\b|cada (de baie|din baie)|c[ăa]zii\b|cada de baie", "bath"),  # ro
    (r"ванна\b|ванну\b", "bath"),  # uk
    (r"banheira\w*", "bath"),  # pt
    (r"ba[ñn]era\w*", "bath"),  # es
    (r"k[üu]vet\w*", "bath"),  # tr
    (r"vask(a|[ëe]|[ëe]n)\b", "bath"),  # sq
    # sink
    (r"umywalk\w*", "sink"),  # pl
    (r"kriaukl\w*", "sink"),  # lt
    (r"раковин\w*|мийк\w*|умивальник\w*", "sink"),  # uk
    (r"мойк\w*", "sink"),  # ru
    (r"lava-lo[iu][çc]a|lava lo[iu][çc]a|lavat[óo]rio\w*", "sink"),  # pt
    (r"fregadero\w*|lavamanos\b", "sink"),  # es
    (r"lavabo\w*|evye\w*", "sink"),  # tr
    (r"lavaman\w*|lavapjat\w*", "sink"),  # sq
    # blocked
    (r"zapcha\w*|zatka[łl]\w*|niedro[żz]n\w*", "blocked"),  # pl
    (r"[îi]nfundat\w*|[îi]nfund[ăa]\w*|blocat\w*", "blocked"),  # ro
    (r"u[žz]sikim[šs]\w*|u[žz]kim[šs]\w*", "blocked"),  # lt
    (r"засміч\w*|засміти\w*|забил(ась|ася|ося|ись)\b|забит\w*", "blocked"),  # uk
    (r"засор\w*|забил(ась|ся|ось)\b", "blocked"),  # ru
    (r"entupi\w*", "blocked"),  # pt
    (r"atascad\w*|atasc[óo]\b|obstruid\w*", "blocked"),  # es
    (r"t[ıi]kan\w*|t[ıi]kal[ıi]\b", "blocked"),  # tr
    (r"bllok\w*", "blocked"),  # sq
    # pests
    (r"szkodnik\w*|robak\w*|robactw\w*|insekt\w*|mr[óo]wk\w*", "pests"),  # pl
    (r"d[ăa]un[ăa]tor\w*|insecte\w*|g[âa]ndaci de\b", "pests"),  # ro
    (r"kenk[ėe]j\w*", "pests"),  # lt
    (r"шкідник\w*|комах\w*", "pests"),  # uk
    (r"вредител\w*|насеком\w*", "pests"),  # ru
    (r"pragas?\b|bichos?\b|insetos\b", "pests"),  # pt
    (r"plagas?\b", "pests"),  # es
    (r"ha[şs]ere\w*|b[öo]cek\w*", "pests"),  # tr
    (r"d[ëe]mtues\w*", "pests"),  # sq
    # mice
    (r"mysz\w*", "mice"),  # pl
    (r"[șşs]oarec\w*", "mice"),  # ro
    (r"pel(ė|ės|ių|ę)\b", "mice"),  # lt
    (r"миш(і|ей|а|ами)\b|мишей\b", "mice"),  # uk
    (r"мыш(ь|и|ей|ами|ах|ка|ки|ку|ек)\b", "mice"),  # ru
    (r"camundongo\w*", "mice"),  # pt
    (r"rat[óo]n\b|ratones\b", "mice"),  # es
    (r"farel\w*", "mice"),  # tr
    (r"minj\w*", "mice"),  # sq
    # rats
    (r"szczur\w*", "rats"),  # pl
    (r"[șşs]obolan\w*", "rats"),  # ro
    (r"[žz]iurk\w*", "rats"),  # lt
    (r"щур\w*", "rats"),  # uk
    (r"крыс\w*", "rats"),  # ru
    (r"ratos?\b|ratazana\w*", "rats"),  # pt
    (r"ratas\b|una rata\b", "rats"),  # es
    (r"s[ıi][çc]an\w*", "rats"),  # tr
    # bedbugs
    (r"pluskw\w*", "bedbugs"),  # pl
    (r"plo[șşs]ni[țţt]\w*", "bedbugs"),  # ro
    (r"blak(ė|ės|ių)\b|blakiu\b", "bedbugs"),  # lt
    (r"блощиц\w*|клоп(и|ів|ы|ов|ами|ах)?\b", "bedbugs"),  # uk
    (r"percevejo\w*", "bedbugs"),  # pt
    (r"chinche\w*", "bedbugs"),  # es
    (r"tahtakurusu\w*|tahta kurusu", "bedbugs"),  # tr
    (r"[çc]imk\w*|tartabiq\w*", "bedbugs"),  # sq
    # fence
    (r"płot\w*|plot(u|em|y)\b|ogrodzeni\w*", "fence"),  # pl
    (r"gard(ul|uri|ului|urile)?\b", "fence"),  # ro
    (r"tvor\w*", "fence"),  # lt
    (r"паркан\w*|огорож\w*", "fence"),  # uk
    (r"забор\w*|ограждени\w*", "fence"),  # ru
    (r"veda[çc][ãa]o\b|vedacao\b", "fence"),  # pt
    (r"vallas\b|(la|una) valla\b", "fence"),  # es
    (r"[çc]itler\w*|çit\w*", "fence"),  # tr
    (r"gardh\w*", "fence"),  # sq
    # garden
    (r"ogr[óo]d(ek|ku|zie|u|em|y|ach|kiem)?\b", "garden"),  # pl
    (r"grădin\w*|gradin(a|ă|ii|ile|ei|ita|ița)\b", "garden"),  # ro
    (r"kiem\w*|sod(e|o|ą|elis|elyje)\b", "garden"),  # lt
    (r"сад(у|ом|і)?\b|подвір['’ʼ]\w*", "garden"),  # uk
    (r"сад(а|у|ом|е)?\b|огород\w*|двор(е|а|ом)?\b", "garden"),  # ru
    (r"jardi(m|ns)\b|quintal\w*|canteiro\w*", "garden"),  # pt
    (r"jard[íi]n\b|jardines\b", "garden"),  # es
    (r"bah[çc]e\w*", "garden"),  # tr
    (r"kopsht\w*|oborr\w*", "garden"),  # sq
    # rubbish
    (r"[śs]mieci\w*|odpad(y|ów|ow|ami|ach)\b|odpadk\w*", "rubbish"),  # pl
    (r"de[șşs]euri\w*", "rubbish"),  # ro
    (r"[šs]iuk[šs]l\w*", "rubbish"),  # lt
    (r"смітт\w*", "rubbish"),  # uk
    (r"мусор\w*|musor\w*", "rubbish"),  # ru
    (r"lixo\w*", "rubbish"),  # pt
    (r"basura\w*", "rubbish"),  # es
    (r"[çc][öo]pler\w*|çöp\w*", "rubbish"),  # tr
    (r"mbeturin\w*|pleh\w*", "rubbish"),  # sq
    # recycling
    (r"recykling\w*|segregac\w*", "recycling"),  # pl
    (r"recicl\w*", "recycling"),  # ro
    (r"perdirb\w*|r[ūu][šs]iav\w*", "recycling"),  # lt
    (r"переробк\w*|вторсировин\w*", "recycling"),  # uk
    (r"переработк\w*|вторсырь\w*", "recycling"),  # ru
    (r"recicla\w*", "recycling"),  # pt
    (r"geri d[öo]n[üu][şs][üu]m\w*", "recycling"),  # tr
    (r"riciklim\w*", "recycling"),  # sq
    # furniture
    (r"mebl\w*", "furniture"),  # pl
    (r"mobil[ăa]\b|mobila\b|mobilier\w*", "furniture"),  # ro
    (r"bald(ai|us|ų|ais)\b", "furniture"),  # lt
    (r"мебл\w*", "furniture"),  # uk
    (r"мебел\w*", "furniture"),  # ru
    (r"m[óo]ve(l|is)\b|mob[íi]lia\w*", "furniture"),  # pt
    (r"mueble\w*", "furniture"),  # es
    (r"mobilya\w*|e[şs]yalar\w*", "furniture"),  # tr
    (r"mobilje\w*|mobilie\w*", "furniture"),  # sq
    # mattress
    (r"materac\w*", "mattress"),  # pl
    (r"saltea\w*|saltele\w*", "mattress"),  # ro
    (r"[čc]iu[žz]in\w*", "mattress"),  # lt
    (r"матрац\w*|матрас\w*", "mattress"),  # uk
    (r"colch[ãa]o\b|colch[õo]es\b", "mattress"),  # pt
    (r"colch[óo]n\w*", "mattress"),  # es
    (r"yatak\w*|yata[ğg]\w*", "mattress"),  # tr
    (r"dyshek\w*", "mattress"),  # sq
    # parking
    (r"parking(u|iem|ach|i)\b|parkuj\w*|parkowa\w*", "parking"),  # pl
    (r"garaj\w*|parcar\w*|parcat\w*|parchez\w*|parcheaz\w*", "parking"),  # ro
    (r"parkav\w*|stov[ėe]jimo aik[šs]tel\w*", "parking"),  # lt
    (r"парковк\w*|стоянк\w*|паркуван\w*", "parking"),  # uk
    (r"гараж\w*", "parking"),  # ru
    (r"garage(m|ns)\b|estaciona\w*", "parking"),  # pt
    (r"aparcamiento\w*|aparcar\b", "parking"),  # es
    (r"otopark\w*|park yeri\w*", "parking"),  # tr
    (r"parkim\w*|parkingu\b", "parking"),  # sq
    # car
    (r"ma[șşs]in\w*|autoturism\w*", "car"),  # ro
    (r"automobil(is|io|į|iu|yje|iai|ių)\b|ma[šs]in(a|os|ą|oje|ų)\b", "car"),  # lt
    (r"машин\w*|автомобіл\w*", "car"),  # uk
    (r"автомобил\w*", "car"),  # ru
    (r"carros?\b", "car"),  # pt
    (r"coches?\b", "car"),  # es
    (r"araba\w*|araç\w*|aracım\w*", "car"),  # tr
    (r"makin(a|ë|ën|at|ave)\b|vetur\w*", "car"),  # sq
    # noise
    (r"ha[łl]as\w*|g[łl]o[śs]n\w*", "noise"),  # pl
    (r"g[ăa]l[ăa]gi\w*", "noise"),  # ro
    (r"triuk[šs]m\w*", "noise"),  # lt
    (r"шум\w*|галас\w*", "noise"),  # uk
    (r"barulh\w*|ru[íi]do\w*", "noise"),  # pt
    (r"g[üu]r[üu]lt[üu]\w*", "noise"),  # tr
    (r"zhurm\w*", "noise"),  # sq
    # music
    (r"muzyk\w*", "music"),  # pl
    (r"muzic\w*", "music"),  # ro
    (r"muzik\w*", "music"),  # lt
    (r"музик\w*", "music"),  # uk
    (r"музык\w*", "music"),  # ru
    (r"m[úu]sicas?\b", "music"),  # pt
    (r"m[üu]zik\w*", "music"),  # tr
    # shouting
    (r"krzycz\w*|krzyk\w*|wrzeszcz\w*|wrzask\w*|wydziera\w*", "shouting"),  # pl
    (r"[țţ]ip[ăa]\w*|[țţ]ip\w*|tipa\b|tipand\b|tipete\b|url[ăa]\b|urla\b|url[âa]nd\b|strig\w*", "shouting"),  # ro
    (r"šauk(ia|ė|ti|iu|smas|smai|smų|smą|imas|imo)\b|rėki\w*|rekia\b|r[ėe]k[ėe]\b|riksm\w*", "shouting"),  # lt
    (r"крич\w*|крик\w*|верещ\w*", "shouting"),  # uk
    (r"орут\b|ор[её]т\b|ора(ть|ли)\b", "shouting"),  # ru
    (r"grita\w*|grito\w*|gritou\b", "shouting"),  # pt
    (r"ba[ğg][ıi]r(?!sak)\w*|[çc][ıi][ğg]l[ıi]k\w*", "shouting"),  # tr
    (r"b[ëe]rtet\w*|b[ëe]rtit\w*|britm\w*|ul[ëe]rim\w*", "shouting"),  # sq
    # party
    (r"imprez\w*|libacj\w*", "party"),  # pl
    (r"petrecer\w*", "party"),  # ro
    (r"vakar[ėe]l\w*", "party"),  # lt
    (r"вечірк\w*|гулянк\w*", "party"),  # uk
    (r"вечеринк\w*|тусовк\w*", "party"),  # ru
    (r"festas?\b", "party"),  # pt
    (r"parti (var|yap\w*|veriyor\w*)|partiler\w*|partisi\b|e[ğg]lence\w*", "party"),  # tr
    (r"fest[ëe]\b|festa\b|festat\b|aheng\w*", "party"),  # sq
    # neighbour
    (r"s[ąa]siad\w*|s[ąa]siedz\w*", "neighbour"),  # pl
    (r"kaimyn\w*", "neighbour"),  # lt
    (r"сусід\w*", "neighbour"),  # uk
    (r"сосед\w*|sosed\w*", "neighbour"),  # ru
    (r"kom[şs]u\w*", "neighbour"),  # tr
    (r"fqinj\w*|komshi\w*", "neighbour"),  # sq
    # elderly
    (r"starsz(a|y|ej|ego|ych|e) (pani|pan|osob\w*|kobiet\w*|m[ęe][żz]czyzn\w*|ludzi)", "elderly"),  # pl
    (r"emeryt(ka|ki|ów|ow|em)?\b|starusz\w*|w podesz[łl]ym wieku", "elderly"),  # pl
    (r"[îi]n v[âa]rst[ăa]|b[ăa]tr[âa]n\w*|v[âa]rstnic\w*|pensionar\w*", "elderly"),  # ro
    (r"senyv\w*|pagyvenusi\w*|pagyven[ęe]\w*|senol\w*|mo[čc]iut\w*|senel\w*", "elderly"),  # lt
    (r"літн\w*|пенсіонер\w*|стар(ий|а|енька|енький)\b", "elderly"),  # uk
    (r"пожил\w*|пенсионер\w*|старушк\w*|старик\w*", "elderly"),  # ru
    (r"idos[oa]s?\b|de idade\b", "elderly"),  # pt
    (r"ancian\w*|persona\w* mayor\w*", "elderly"),  # es
    (r"ya[şs]l[ıi]\w*", "elderly"),  # tr
    (r"moshuar\w*|plak\b|plak[ëe]\b", "elderly"),  # sq
    # alone
    (r"samotn\w*|mieszka\w* sam[ai]?\b|sam[ai]? w domu", "alone"),  # pl
    (r"(sunt|e|este|st[ăa]|locuie[șşs]te|tr[ăa]ie[șşs]te|r[ăa]m[âa]ne) singur\w*", "alone"),  # ro
    (r"singur[ăa]? acas[ăa]|singur[ăa]tate\w*", "alone"),  # ro
    (r"gyvena vien[aą]s?\b|vieni[šs]\w*", "alone"),  # lt
    (r"самотн\w*|живе (сам|сама|одна|один)\b|сам[аи]? вдома", "alone"),  # uk
    (r"одинок\w*|жив[её]т (одна|один)\b|сам[аи]? дома\b", "alone"),  # ru
    (r"sozinh\w*", "alone"),  # pt
    (r"(estoy|vive|vivo|está|esta|muy) sola\b", "alone"),  # es
    (r"yaln[ıi]z(?!ca)\w*|tek ba[şs][ıi]na\w*", "alone"),  # tr
    (r"jeton vet[ëe]m\b|e vetme\b|i vet[ëe]m\b", "alone"),  # sq
    # children
    (r"dzieci\w*|dzieck\w*|dzieciak\w*", "children"),  # pl
    (r"vaik(ai|ų|as|us|o|ams|ą|ais|ui|u|elis|eliai|eliui)\b", "children"),  # lt
    (r"дит(ина|ини|ину|иною|ині|ячий|ячу|ячої)\b|діт(и|ей|ям|ьми|ях)\b", "children"),  # uk
    (r"дет(и|ей|ям|ьми|ях)\b|реб[её]н(ок|ка|ку|ком)\b|детск\w*", "children"),  # ru
    (r"crian[çc]as?\b|mi[úu]dos\b|filh[oa]s\b", "children"),  # pt
    (r"ni[ñn]os\b|ni[ñn]as\b|hijos\b", "children"),  # es
    (r"[çc]ocu[kğg]\w*", "children"),  # tr
    (r"f[ëe]mij\w*", "children"),  # sq
    # baby
    (r"noworod\w*|dzidzi\w*", "baby"),  # pl
    (r"bebelu[șşs]\w*|nou-n[ăa]scut\w*", "baby"),  # ro
    (r"k[ūu]dik\w*", "baby"),  # lt
    (r"немовл\w*|малюк\w*", "baby"),  # uk
    (r"младен\w*|малыш\w*|грудн\w* реб\w*", "baby"),  # ru
    (r"beb[éeê]s?\b", "baby"),  # pt
    (r"beb[ée]\b", "baby"),  # es
    (r"bebe[ğgk]\w*", "baby"),  # tr
    (r"foshnj\w*", "baby"),  # sq
    # hungry
    (r"g[łl]odn\w*|g[łl][óo]d\b", "hungry"),  # pl
    (r"fl[ăa]m[âa]nd\w*|foame(a)?\b", "hungry"),  # ro
    (r"alkan(as|i|ė|ų)\b|badauj\w*", "hungry"),  # lt
    (r"голод\w*", "hungry"),  # uk
    (r"fome\b", "hungry"),  # pt
    (r"hambre\w*", "hungry"),  # es
    (r"a[çc]l[ıi]k\w*|a[çc] kal\w*", "hungry"),  # tr
    (r"urit\w*", "hungry"),  # sq
    # afraid
    (r"boj[ęe] si[ęe]|boi si[ęe]|boimy si[ęe]|boj[ąa] si[ęe]|strach\w*|przestraszon\w*", "afraid"),  # pl
    (r"wystraszon\w*", "afraid"),  # pl
    (r"fric[ăa]\b|mi-e fric[ăa]|speriat\w*|team[ăa]\b|m[ăa] tem\b", "afraid"),  # ro
    (r"bijo\b|bijome\b|bijau\b|bijosi\b|baim\w*|i[šs]sigand\w*", "afraid"),  # lt
    (r"боюся\b|боюсь\b|боїться\b|бояться\b|боїмося\b|страшно\b|страх\b|налякан\w*", "afraid"),  # uk
    (r"боится\b|боятся\b|боимся\b|страх(а)?\b|страшн\w*|испуг\w*", "afraid"),  # ru
    (r"assustad\w*", "afraid"),  # pt
    (r"miedo\b|asustad\w*", "afraid"),  # es
    (r"kork\w*", "afraid"),  # tr
    (r"frik\w*", "afraid"),  # sq
    # threat
    (r"groż\w*|grozi\w*|grozil\w*|gro[źz]b\w*|zagro[żz]\w*", "threat"),  # pl
    (r"amenin[țţt]\w*", "threat"),  # ro
    (r"grasin\w*|grąsin\w*", "threat"),  # lt
    (r"погрож\w*|погроз\w*|загроз\w*", "threat"),  # uk
    (r"угрож\w*|угроз\w*", "threat"),  # ru
    (r"amea[çc]\w*", "threat"),  # pt
    (r"amenaz\w*", "threat"),  # es
    (r"tehdit\w*", "threat"),  # tr
    (r"k[ëe]rc[ëe]n\w*", "threat"),  # sq
    # violence
    (r"przemoc\w*", "violence"),  # pl
    (r"violen[țţ]\w*|violenta\b", "violence"),  # ro
    (r"smurt\w*", "violence"),  # lt
    (r"насильств\w*|насилля\w*", "violence"),  # uk
    (r"насили\w*", "violence"),  # ru
    (r"viol[êe]ncia\w*", "violence"),  # pt
    (r"violencia\w*", "violence"),  # es
    (r"[şs]iddet\w*", "violence"),  # tr
    (r"dhun\w*", "violence"),  # sq
    # hit
    (r"bij[eąa]\b|bi[łl]a? (mnie|j[ąa]|go|nas|dzieci)|uderz\w*|pobi[łlt]\w*|popchn[ąa][łl]\w*", "hit"),  # pl
    (r"popycha\w*", "hit"),  # pl
    (r"lovit\w*|love[șş]t\w*|loveste\b|lovesc\b|lovea\b|loveau\b|b[ăa]taie\b|b[ăa]tut\w*", "hit"),  # ro
    (r"bate (copiii|copilul|so[țţt]ia|femeia)", "hit"),  # ro
    (r"muš(a|ė)\b|sumuš[ėe]\b|sumušti\b|sumušt(as|a)\b|trenk\w*", "hit"),  # lt
    (r"б['’ʼ]є\b|бив\b|била\b|вдари\w*|побив\w*|удар\w*", "hit"),  # uk
    (r"бь[её]т\b|бил(а|и)?\b|ударил\w*|избил\w*|побил\w*", "hit"),  # ru
    (r"bateu\b|bate-me\b|agrediu\b|agredid\w*|agress[ãa]o\b", "hit"),  # pt
    (r"golpe\w*|me peg[óoa]\b", "hit"),  # es
    (r"vurdu\w*|vuruyor\w*|d[öo]v[üu]yor\w*|d[öo]vd[üu]\w*", "hit"),  # tr
    (r"godit\w*|rrah\w*", "hit"),  # sq
    # police
    (r"poli[țţ]i\w*|politia\b|politie\b|politiei\b", "police"),  # ro
    (r"policij\w*", "police"),  # lt
    (r"поліц\w*", "police"),  # uk
    (r"полиц\w*|polici(ya|ia|iu|yu|ii|ei)\b", "police"),  # ru
    (r"pol[íi]cia\w*", "police"),  # pt
    (r"polic[íi]a\b", "police"),  # es
    (r"polis(e|i|in|ten|le|ler\w*)?\b", "police"),  # tr
    (r"polici(a|n[ëe]|s[ëe])?\b|policin\b|policis\b", "police"),  # sq
    # drugs
    (r"[ćc]pun\w*", "drugs"),  # pl
    (r"drogur\w*|drogat\w*", "drugs"),  # ro
    (r"narkotik\w*", "drugs"),  # lt
    (r"наркот\w*", "drugs"),  # uk
    (r"drogas\b", "drugs"),  # pt
    (r"uyu[şs]turucu\w*", "drugs"),  # tr
    (r"drog(ë|at|ave)\b", "drugs"),  # sq
    # knife
    (r"n[óo][żz]\b|no[żz](em|a|e|y)\b", "knife"),  # pl
    (r"cu[țţt]it\w*", "knife"),  # ro
    (r"peil\w*", "knife"),  # lt
    (r"ніж\b|ножем\b|ножа\b", "knife"),  # uk
    (r"нож(ом|а)?\b", "knife"),  # ru
    (r"facas\b|(uma|com|a) faca\b", "knife"),  # pt
    (r"cuchillo\w*|navaja\w*", "knife"),  # es
    (r"b[ıi][çc]a[kğg]\w*", "knife"),  # tr
    (r"thik\w*", "knife"),  # sq
    # harassment
    (r"nęka\w*|neka(ni\w*|j[ąa]|ł\w*|l[aiy]?)\b|prze[śs]lad\w*", "harassment"),  # pl
    (r"h[ăa]r[țţt]ui\w*", "harassment"),  # ro
    (r"priekabiav\w*|persekio\w*", "harassment"),  # lt
    (r"переслід\w*|цькуван\w*|домаган\w*", "harassment"),  # uk
    (r"преследу\w*|домогател\w*", "harassment"),  # ru
    (r"ass[ée]dio\w*|assedia\w*", "harassment"),  # pt
    (r"acoso\w*|acosa\w*", "harassment"),  # es
    (r"taciz\w*", "harassment"),  # tr
    (r"ngacm\w*", "harassment"),  # sq
    # abuse
    (r"zn[ęe]ca\w*|wyzwisk\w*|wyzywa\w*|obraża\w*", "abuse"),  # pl
    (r"abuz(ul|uri\w*|eaz[ăa]|at\w*|ator\w*|ez)?\b|înjur\w*|injur(a|at|ă|ăt\w*|at\w*|ii)\b|jignir\w*", "abuse"),  # ro
    (r"jigne\w*", "abuse"),  # ro
    (r"[įi][žz]eid\w*|[įi][žz]eidin\w*", "abuse"),  # lt
    (r"ображ\w*|знущ\w*", "abuse"),  # uk
    (r"оскорб\w*|издева\w*", "abuse"),  # ru
    (r"abuso\w*|insulto\w*|insultou\b|maltrat\w*", "abuse"),  # pt
    (r"insultos?\b", "abuse"),  # es
    (r"k[üu]f[üu]r\w*|k[üu]fr\w*|hakaret\w*|i\u0307?stismar\w*", "abuse"),  # tr
    (r"abuzim\w*|abuzoj\w*|fyerj\w*", "abuse"),  # sq
    # husband
    (r"m(?:ą[żz]|aż)\b|m[oó]j maz\b|m[ęe][żz](a|em|owi|u)\b", "husband"),  # pl
    (r"so[țţ]ul\w*|sotul\w*|b[ăa]rbatul meu", "husband"),  # ro
    (r"vyr(as|ą|o|ui)\b", "husband"),  # lt
    (r"чолов(ік|іка|іком|іку|ікові)\b", "husband"),  # uk
    (r"муж(а|ем|у)?\b", "husband"),  # ru
    (r"marido\w*", "husband"),  # pt
    (r"esposo\w*", "husband"),  # es
    (r"kocam(ın|la|ı|a|dan)?\b|kocas[ıi]\w*", "husband"),  # tr
    (r"burri\b|burrin\b|burrit\b|bashk[ëe]short(i|in|it)\b", "husband"),  # sq
    # wife
    (r"żon(a|ą|y|ę|ie)\b", "wife"),  # pl
    (r"so[țţt]ia\b|so[țţt]iei\b|so[țţt]ia mea", "wife"),  # ro
    (r"[žz]mon(a|ą|os|ai)\b", "wife"),  # lt
    (r"дружин(а|и|у|ою|і)\b", "wife"),  # uk
    (r"жен(а|ы|у|ой)\b", "wife"),  # ru
    (r"esposa\w*", "wife"),  # pt
    (r"karım\b|kar[ıi]s[ıi]\w*", "wife"),  # tr
    (r"gruaja ime|gruan time|bashk[ëe]shortj\w*|bashk[ëe]shorte\w*", "wife"),  # sq
    # partner / ex-partner
    (r"by[łl]y m[ąa][żz]\w*|by[łl]ym m[ęe][żz]\w*|konkubent\w*", "partner / ex-partner"),  # pl
    (r"(m[óo]j|mojego|moim) ch[łl]opak\w*", "partner / ex-partner"),  # pl
    (r"partener\w*|iubitul\b", "partner / ex-partner"),  # ro
    (r"buv\w* (vyr\w*|partner\w*|draug\w*)|draugas\b|draug[ėe]\b", "partner / ex-partner"),  # lt
    (r"колишн\w* (чолов\w*|партнер\w*|хлопц\w*)|партнер\w*", "partner / ex-partner"),  # uk
    (r"бывш\w* (муж\w*|парн\w*|партн[её]р\w*)|партн[её]р\w*|сожител\w*", "partner / ex-partner"),  # ru
    (r"ex-marido\w*|ex-companheir\w*|companheir\w*|namorad\w*", "partner / ex-partner"),  # pt
    (r"ex-?pareja\w*|pareja\w*|novio\b|exnovio\b|ex-novio\b", "partner / ex-partner"),  # es
    (r"eski e[şs]\w*|e[şs]im\w*|e[şs]iyim\b|sevgili\w*", "partner / ex-partner"),  # tr
    (r"ish-?burr\w*|ish-?partner\w*|ish bashk[ëe]short\w*", "partner / ex-partner"),  # sq
    # son / daughter
    (r"syn(a|em|owi|ek|ka|kiem|u)?\b|c[óo]reczk\w*|cork(a|i|e|ę|ą)\b|c[óo]rce\b", "son / daughter"),  # pl
    (r"fiului\b|fiicei\b|b[ăa]iatul meu|fata mea|feti[țţt]a mea", "son / daughter"),  # ro
    (r"s[ūu]n(us|aus|ui|ų|um)\b|dukr\w*|dukt\w*", "son / daughter"),  # lt
    (r"син(а|ом|ові|ок)?\b|доньк\w*|донечк\w*|доч(ка|ки|ку|кою|ці)\b", "son / daughter"),  # uk
    (r"сын\w*|доч(ь|ери|ерью|ерей)\b", "son / daughter"),  # ru
    (r"hij[oa]\b", "son / daughter"),  # es
    (r"o[ğg]lu[mn]\w*|k[ıi]z[ıi]m\w*", "son / daughter"),  # tr
    (r"djal\w*|vajz\w*", "son / daughter"),  # sq
    # mother
    (r"matk\w*|matce\b|mam(ą|ie|ę|usi\w*)\b|mamusi\w*", "mother"),  # pl
    (r"mama mea|mamei\b|mamă\b", "mother"),  # ro
    (r"motin\w*|mam(os|ai|ą)\b", "mother"),  # lt
    (r"мам(а|и|і|у|ою)\b|мати\b|матір\w*", "mother"),  # uk
    (r"мам(ы|е|ой)\b|мать\b|матери\b|матерью\b", "mother"),  # ru
    (r"m[ãa]e\b|m[ãa]ezinha\b", "mother"),  # pt
    (r"madre\w*|mamá\b", "mother"),  # es
    (r"annem\w*|annes[ıi]\w*|anneme\b", "mother"),  # tr
    (r"n[ëe]n(a|[ëe]|[ëe]n|[ëe]s)\b", "mother"),  # sq
    # father
    (r"ojc(a|u|em|ze|owie|ów)\b|ojciec\b|tat(a|y|ą|ę|o|usi\w*)\b", "father"),  # pl
    (r"tat[ăa]l\w*|tata\b", "father"),  # ro
    (r"t[ėe]v(as|o|ą|ui|u)\b", "father"),  # lt
    (r"тат(о|а|ові|ом|у)\b|батьк(о|а|ові|ом)\b", "father"),  # uk
    (r"пап(а|ы|е|у|ой)\b|отец\b|отц(а|у|ом)\b", "father"),  # ru
    (r"pai\b", "father"),  # pt
    (r"mi padre\b|papá\b", "father"),  # es
    (r"babam\w*|babas[ıi]\w*", "father"),  # tr
    (r"baba(i|it|in)\b", "father"),  # sq
    # brother
    (r"brat(a|em|u)\b|braci\b|bracia\b|brać(mi)?\b", "brother"),  # pl
    (r"frate(le|lui|ii|lor)?\b", "brother"),  # ro
    (r"brol\w*", "brother"),  # lt
    (r"брат(а|ові|ом)?\b", "brother"),  # uk
    (r"брат(у|ом|ья|ьев)?\b", "brother"),  # ru
    (r"irm[ãa]o\b|irm[ãa]os\b", "brother"),  # pt
    (r"herman(o|os)\b", "brother"),  # es
    (r"a[ğg]abey\w*|abim\w*|erkek karde[şs]\w*", "brother"),  # tr
    (r"v[ëe]lla\w*", "brother"),  # sq
    # sister
    (r"siostr\w*", "sister"),  # pl
    (r"sora\b|sorei\b|surori\w*|sor[ăa] mea", "sister"),  # ro
    (r"ses(uo|ers|er[įi]|ei|ė)\b|seser\w*", "sister"),  # lt
    (r"сестр\w*", "sister"),  # uk
    (r"irm[ãa]\b|irm[ãa]s\b", "sister"),  # pt
    (r"herman(a|as)\b", "sister"),  # es
    (r"abla(m|s[ıi]|ma|mla|m[ıi]n|n[ıi]n)?\b|k[ıi]z karde[şs]\w*", "sister"),  # tr
    (r"motr\w*", "sister"),  # sq
    # family
    (r"šeim(a|os|oje|ai|ą|ų|oms|omis)\b|seim(a|os|oje|ai)\b", "family"),  # lt
    (r"сім['’ʼ](я|ї|ю|єю)|родин\w*", "family"),  # uk
    (r"семь(я|и|ю|ей)\b|семей\w*", "family"),  # ru
    (r"familias\b", "family"),  # es
    (r"aile(m|miz\w*|si\w*|ler\w*|niz|yle|mle|me|de|mi)?\b", "family"),  # tr
    (r"familj\w*", "family"),  # sq
    # rent
    (r"nuom(a|os|ą|ai|oje)\b|nuomos mokest\w*", "rent"),  # lt
    (r"оренд\w*|квартплат\w*", "rent"),  # uk
    (r"аренд\w*|arend\w*", "rent"),  # ru
    (r"alugue(l|r)\b|arrendamento\b", "rent"),  # pt
    (r"alquiler\w*", "rent"),  # es
    (r"kira(y[ıi]|n[ıi]n|m[ıi]|s[ıi]|l[ıi]k|da|dan|lar\w*)?\b", "rent"),  # tr
    (r"qira\w*", "rent"),  # sq
    # debt
    (r"d[łl]ug(u|[óo]w|iem)?\b|zad[łl]u[żz]\w*", "debt"),  # pl
    (r"datori(e|a|i|ile|ei)\b", "debt"),  # ro
    (r"skol\w*", "debt"),  # lt
    (r"борг(и|у|ів|ом)?\b", "debt"),  # uk
    (r"долг(а|и|ов|у)?\b", "debt"),  # ru
    (r"deuda\w*", "debt"),  # es
    (r"borç\w*|borc(u|um|umu|umuz|lar\w*|unu|tan)\b", "debt"),  # tr
    (r"borxh\w*", "debt"),  # sq
    # payment
    (r"p[łl]atno[śs]\w*|wp[łl]at\w*|op[łl]at\w*|płac(ę|e|i|imy|ić|ą)\b|plac(ę|imy|ić|ic|ą)\b", "payment"),  # pl
    (r"rat(y|ach|ami)\b|zap[łl]aci[ćc]\b", "payment"),  # pl
    (r"plat[ăa]\b|plăți\w*|pl[ăa]tii\b|pl[ăa]tesc\b|pl[ăa]ti\b|pl[ăa]tim\b", "payment"),  # ro
    (r"mok[ėe]jim\w*|mokest\w*|moku\b|mok[ėe]ti\b|sumok[ėe]ti\b", "payment"),  # lt
    (r"оплат\w*|платіж\w*|платеж\w*|плачу\b|платити\b", "payment"),  # uk
    (r"платёж\w*|платить\b", "payment"),  # ru
    (r"pagamento\w*|pagar\b|pagamos\b", "payment"),  # pt
    (r"pago\b|pagos\b", "payment"),  # es
    (r"[öo]deme\w*|[öo]d[üu]yor\w*|[öo]derim\w*", "payment"),  # tr
    (r"pages[aëe]\w*|paguaj\w*|paguan\b|paguajm[ëe]\b", "payment"),  # sq
    # letter
    (r"pism(o|a|em)\b|list(u|em)\b", "letter"),  # pl
    (r"scrisoar\w*", "letter"),  # ro
    (r"lai[šs]k\w*", "letter"),  # lt
    (r"лист(а|и|ом|і|ів)?\b", "letter"),  # uk
    (r"письм\w*", "letter"),  # ru
    (r"mektu[pb]\w*", "letter"),  # tr
    (r"let[ëe]r\b|letra\b|letr[ëe]n\b", "letter"),  # sq
    # statement
    (r"wyci[ąa]g(u|i|iem)?\b|zestawieni\w*", "statement"),  # pl
    (r"extras\w* de cont|extrasul\b", "statement"),  # ro
    (r"i[šs]ra[šs]\w*", "statement"),  # lt
    (r"виписк\w*", "statement"),  # uk
    (r"выписк\w*", "statement"),  # ru
    (r"extrato\w*|extractos?\b", "statement"),  # pt
    (r"hesap [öo]zeti\w*|ekstre(si|yi|m)?\b", "statement"),  # tr
    (r"pasqyr\w*", "statement"),  # sq
    # bank
    (r"bank(u|iem|owe\w*|owy|owym)\b", "bank"),  # pl
    (r"banc[ăa]\b|b[ăa]ncii\b|bancar\w*", "bank"),  # ro
    (r"bank(as|o|e|ą|ui)\b", "bank"),  # lt
    (r"банк\w*", "bank"),  # uk
    (r"banka\w*", "bank"),  # tr
    (r"bank[ëe]\b|bank[ëe]s\b|bank[ëe]n\b", "bank"),  # sq
    # money
    (r"pieni[ąa]dz\w*|pieni[ęe]dzy\b", "money"),  # pl
    (r"banii\b|banilor\b", "money"),  # ro
    (r"pinig\w*", "money"),  # lt
    (r"грош\w*", "money"),  # uk
    (r"деньг\w*|денег\b", "money"),  # ru
    (r"dinheiro\b", "money"),  # pt
    (r"dinero\b", "money"),  # es
    (r"paray[ıi]\b|param[ıi]\b|paras[ıi]\b", "money"),  # tr
    (r"parat[ëe]\b|parave\b", "money"),  # sq
    # application
    (r"wniosek\b|wniosk\w*|aplikacj\w*", "application"),  # pl
    (r"cerere\w*|cererii\b|aplic(a|ați|ati|ăm|am)?\b", "application"),  # ro
    (r"pra[šs]ym\w*|parai[šs]k\w*", "application"),  # lt
    (r"заяв(а|и|у|ою|ці)\b|анкет\w*", "application"),  # uk
    (r"заявлени\w*|заявк\w*", "application"),  # ru
    (r"candidatura\w*|candidatar\w*|inscri[çc][ãa]o\b|inscrever\w*|pedido\w*", "application"),  # pt
    (r"solicitud(es)?\b|solicitar\b|inscripci[óo]n\b|inscribirme\b", "application"),  # es
    (r"ba[şs]vur\w*", "application"),  # tr
    (r"aplikim\w*|k[ëe]rkes\w*", "application"),  # sq
    # transfer
    (r"przeniesieni\w*", "transfer"),  # pl
    (r"transfer[êe]ncia\w*", "transfer"),  # pt
    (r"traslado\w*|transferencia\w*", "transfer"),  # es
    (r"transferim\w*", "transfer"),  # sq
    # overcrowded
    (r"ciasn\w*|ciasno\b|przeludni\w*|za ma[łl]e\b|za ma[łl]y\b", "overcrowded"),  # pl
    (r"supraaglomer\w*|[îi]nghesui\w*|prea mic[ăa]?\b|prea mici\b", "overcrowded"),  # ro
    (r"ankšt\w*|anksta\b", "overcrowded"),  # lt
    (r"тісн\w*|тісно\b", "overcrowded"),  # uk
    (r"тесн\w*|тесно\b", "overcrowded"),  # ru
    (r"sobrelotad\w*|superlotad\w*|apertad[oa]s\b", "overcrowded"),  # pt
    (r"hacinad\w*|hacinamiento\b|(muy|demasiado) peque[ñn]o", "overcrowded"),  # es
    (r"kalabal[ıi]k\w*|s[ıi]k[ıi][şs][ıi]k\w*|[çc]ok k[üu][çc][üu]k", "overcrowded"),  # tr
    (r"mbipopull\w*|ngusht[ëe]?\b", "overcrowded"),  # sq
    # home
    (r"mieszkan\w*|dom(u|em|y|ach)\b", "home"),  # pl
    (r"locuin[țţt]\w*|acas[ăa]\b|casă\b|casei\b", "home"),  # ro
    (r"but(as|o|e|ą|ui|ai|ų|us|uose)\b|b[ūu]st(as|o|e|ą)\b|nam(ai|uose|ų|us)\b", "home"),  # lt
    (r"квартир\w*|житл\w*|будин\w*|дім\b|вдома\b|дому\b", "home"),  # uk
    (r"жиль\w*|дом(а|у|ом|е)?\b|kvartir\w*", "home"),  # ru
    (r"apartamento\w*|moradia\b|habita[çc][ãa]o\b", "home"),  # pt
    (r"piso\b|vivienda\w*|hogar\b", "home"),  # es
    (r"evde\b|evim\w*|evden\b|evi\b|evin(de|den|e)?\b|daire\w*", "home"),  # tr
    (r"sht[ëe]pi\w*|banes[ëe]\w*|banesa\w*|banes(en|in|es)\b|banim\w*", "home"),  # sq
    # pet
    (r"zwierz[ąaęe]\w*|zwierzak\w*", "pet"),  # pl
    (r"animal\w* de companie|animale\b|animalu[țţt]\w*", "pet"),  # ro
    (r"gyv[ūu]n\w*|augintin\w*", "pet"),  # lt
    (r"тварин\w*|домашн\w* улюблен\w*", "pet"),  # uk
    (r"питом\w*|домашн\w* животн\w*", "pet"),  # ru
    (r"animal de estima[çc][ãa]o|animais\b", "pet"),  # pt
    (r"mascota\w*", "pet"),  # es
    (r"evcil hayvan\w*|hayvan\w*", "pet"),  # tr
    (r"kafsh\w*", "pet"),  # sq
    # cat
    (r"kot(a|y|em|ek|ka|ki|ów|ow)?\b", "cat"),  # pl
    (r"pisic\w*|motan\w*", "cat"),  # ro
    (r"kat(ė|ę|ės|inas|iną|ino)\b|katin\w*", "cat"),  # lt
    (r"кіт\b|кота\b|кішк\w*", "cat"),  # uk
    (r"кош(ка|ку|ки|ек|кой)\b|кот(а|ов|ом)?\b", "cat"),  # ru
    (r"gat(o|os|as|inho|inha)\b", "cat"),  # pt
    (r"kedi\w*", "cat"),  # tr
    (r"macja\b|macen\b|macet\b|maçe\w*", "cat"),  # sq
    # dog
    (r"ps(y|em|u|a|ów|ow)\b|piesek\b|pieska\b", "dog"),  # pl
    (r"c[âa]ine\w*|c[âa]ini\b|c[âa]inii\b", "dog"),  # ro
    (r"šun(s|į|ys|ų|imi|ims)\b|sunys\b|[šs]uo\b", "dog"),  # lt
    (r"собак\w*|пес\b|песик\w*", "dog"),  # uk
    (r"п[её]с\b", "dog"),  # ru
    (r"c[ãa]o\b|c[ãa]es\b|cachorro\w*", "dog"),  # pt
    (r"perr(o|a|os|as|ito)\b", "dog"),  # es
    (r"köpe[ğk]\w*|kopeg\w*|kopekler\w*", "dog"),  # tr
    (r"qen(i|in|it|t[ëe]|ve)?\b", "dog"),  # sq
    # appointment
    (r"termin(u|ie|y|em)\b|um[óo]wi[ćcłl]\w*", "appointment"),  # pl
    (r"program[ăa]r\w*|programare\w*", "appointment"),  # ro
    (r"susitikim\w*", "appointment"),  # lt
    (r"візит\w*|зустріч\w*", "appointment"),  # uk
    (r"визит\w*|встреч\w*", "appointment"),  # ru
    (r"marca[çc][ãa]o\b|agendamento\w*|consulta\b", "appointment"),  # pt
    (r"cita\b|citas\b", "appointment"),  # es
    (r"randevu\w*", "appointment"),  # tr
    (r"takimin\b|takimit\b|takimet\b", "appointment"),  # sq
    # cancel
    (r"odwo[łl]a\w*|anulowa\w*|anuluj\w*", "cancel"),  # pl
    (r"anula\w*|anulez\w*", "cancel"),  # ro
    (r"at[šs]auk\w*", "cancel"),  # lt
    (r"скасу\w*", "cancel"),  # uk
    (r"отмен\w*", "cancel"),  # ru
    (r"cancelar\w*|cancelou\b|cancelad[oa]\b", "cancel"),  # pt
    # tr: "İ" lower-cases to "i" + U+0307, hence the optional combining dot
    (r"i\u0307?ptal\w*", "cancel"),  # tr
    (r"anulo\w*|anulim\w*", "cancel"),  # sq
    # change
    (r"zmieni\w*|zmian\w*|zmie[ńn]\w*|prze[łl]o[żz]y\w*|przesun\w*", "change"),  # pl
    (r"modific(a|ați|ati|at|ăm|am|are)\b|reprogramare\w*|reprogramat\w*|reprogramez\w*", "change"),  # ro
    (r"reprograma[țţt]i\b", "change"),  # ro
    (r"pakeis\w*|pakeist\w*|perkel\w*", "change"),  # lt
    (r"змін\w*|перенест\w*|перенес\w*", "change"),  # uk
    (r"измени\w*|изменен\w*", "change"),  # ru
    (r"alterar\w*|remarcar\w*|trocar\w*|mudar (a|o|para)\b", "change"),  # pt
    (r"cambiar\w*|cambio\b", "change"),  # es
    (r"de[ğg]i[şs]tir\w*", "change"),  # tr
    (r"ndrysho\w*|nd[ëe]rro\w*", "change"),  # sq
    # tomorrow
    (r"jutr\w*", "tomorrow"),  # pl
    (r"mâine\b|maine (diminea[țţt]a|sear[ăa]|dup[ăa]-amiaz[ăa])", "tomorrow"),  # ro
    (r"rytoj\b", "tomorrow"),  # lt
    (r"завтра\b|завтрашн\w*", "tomorrow"),  # uk
    (r"amanh[ãa]\b", "tomorrow"),  # pt
    # es: "por la mañana" is "in the morning": the look-behind keeps it from reading as tomorrow
    (r"m(?<!la m)a[ñn]ana\b", "tomorrow"),  # es
    (r"yar[ıi]n\b|yar[ıi]na\b", "tomorrow"),  # tr
    (r"nes[ëe]r\b", "tomorrow"),  # sq
    # visit
    (r"odwiedz\w*|przyjd(zie|[źz]cie|zie)\b|przyjecha[ćc]\b", "visit"),  # pl
    (r"vizit\w*", "visit"),  # ro
    (r"apsilank\w*|patikr\w*", "visit"),  # lt
    (r"огляд\w*|відвід\w*", "visit"),  # uk
    (r"осмотр\w*|посещени\w*", "visit"),  # ru
    (r"visita(s|r|ram)?\b|visitou\b", "visit"),  # pt
    (r"ziyaret\w*", "visit"),  # tr
    # complaint
    (r"reklamacj\w*|za[żz]ale[ńn]\w*|zazalen\w*", "complaint"),  # pl
    (r"reclama[țţ]i\w*|reclamatie\b|reclamatii\b|pl[âa]ngere\w*|m-am pl[âa]ns", "complaint"),  # ro
    (r"skund\w*", "complaint"),  # lt
    (r"скарг\w*|поскаржи\w*", "complaint"),  # uk
    (r"жалоб\w*|жалу\w*|пожаловал(ся|ась|ись)\b|пожаловаться\b", "complaint"),  # ru
    (r"reclama[çc][ãa]o\b|reclama[çc][õo]es\b|reclamar\b|queixa\w*", "complaint"),  # pt
    (r"reclamaci[óo]n\w*|queja\w*|quejarme\b", "complaint"),  # es
    (r"[şs]ik[âa]yet\w*", "complaint"),  # tr
    (r"ankes\w*|ankim\w*", "complaint"),  # sq
    # waiting
    (r"czeka\w*|poczeka\w*|oczekuj\w*", "waiting"),  # pl
    (r"a[șşs]tept\w*", "waiting"),  # ro
    (r"laukiu\b|laukiame\b|laukti\b|lauk[ėe]me\b", "waiting"),  # lt
    (r"чека\w*", "waiting"),  # uk
    (r"жду\b|жд[её]м\b|ждать\b|ожида\w*", "waiting"),  # ru
    (r"esperando\b|[àa] espera\b|aguard\w*", "waiting"),  # pt
    (r"bekl\w*", "waiting"),  # tr
    (r"presim\b|duke pritur\b|pritje\b", "waiting"),  # sq
    # interpreter
    (r"t[łl]umacz\w*", "interpreter"),  # pl
    (r"traduc[ăa]tor\w*|traducere\w*", "interpreter"),  # ro
    (r"vert[ėe]j\w*", "interpreter"),  # lt
    (r"перекладач\w*", "interpreter"),  # uk
    (r"переводчик\w*", "interpreter"),  # ru
    (r"tradutor\w*|intérprete\w*|interpretes?\b", "interpreter"),  # pt
    (r"traductor\w*", "interpreter"),  # es
    (r"terc[üu]man\w*", "interpreter"),  # tr
    (r"p[ëe]rkthyes\w*", "interpreter"),  # sq
    # help
    (r"pomoc\w*|pom[óo]c\b|pom[óo][żz]\w*|pomo[żz]\w*", "help"),  # pl
    (r"ajut\w*", "help"),  # ro
    (r"pagalb\w*|pad[ėe]k(ite|it|i)?\b|pad[ėe]ti\b", "help"),  # lt
    (r"допомо[гж]\w*", "help"),  # uk
    (r"помог\w*|помощ\w*|pomog\w*|pomosh\w*", "help"),  # ru
    (r"ajud\w*|socorro\b", "help"),  # pt
    (r"ayud\w*", "help"),  # es
    (r"yard[ıi]m\w*", "help"),  # tr
    (r"ndihm\w*", "help"),  # sq
    # urgent
    (r"piln(e|y|ie|ego|ej|ym)\b|natychmiast\w*", "urgent"),  # pl
    (r"urgen[țţt][ăa]\b|urgenta\b", "urgent"),  # ro
    (r"skub\w*", "urgent"),  # lt
    (r"терміново\w*|термінов(а|е|ий|ого|их)\b|нагальн\w*", "urgent"),  # uk
    (r"срочн\w*|srochn\w*", "urgent"),  # ru
    (r"urgente\w*|urg[êe]ncia\w*", "urgent"),  # pt
    (r"acil\b|acilen\b", "urgent"),  # tr
    (r"urgjent\w*", "urgent"),  # sq
    # repair
    (r"napraw(?!d)\w*|remont\w*", "repair"),  # pl
    (r"repara[țţ]\w*|reparat(ă|a|e|i|ul)?\b|repara\b|repara[țţt]i\b|repar[ăa]m\b|reparati(e|i)\b", "repair"),  # ro
    (r"taisy(ti|tų|mas|mo|mą|s)\b|sutaisy\w*|pataisy\w*", "repair"),  # lt
    (r"ремонт\w*|полагод\w*", "repair"),  # uk
    (r"почин\w*", "repair"),  # ru
    (r"repara[çc]\w*|reparar\b|consert\w*|arranj(ar|em|ou)\b", "repair"),  # pt
    (r"reparaci[óo]n\w*|arregl\w*", "repair"),  # es
    (r"tamir\w*|onar\w*", "repair"),  # tr
    (r"riparim\w*|riparo\w*|riparuar\w*|rregull\w*", "repair"),  # sq
    # broken
    (r"nie dzia[łl]a\w*|uszkodz\w*|zniszczon\w*|rozbit\w*", "broken"),  # pl
    (r"spart(ă|a|e|ul|ele)?\b|nu func[țţt]ioneaz[ăa]|nu (mai )?merge\b|defect(ă|a|e|at\w*)\b", "broken"),  # ro
    (r"suged\w*|sugad\w*|neveik\w*|sul[ūu][žz]\w*|sudau[žz]\w*", "broken"),  # lt
    (r"злама\w*|не працю[єю]\w*", "broken"),  # uk
    (r"слома\w*|не работа\w*", "broken"),  # ru
    (r"partid[oa]s?\b|avariad\w*|estragad\w*|quebrad\w*|n[ãa]o funciona\w*", "broken"),  # pt
    (r"roto\b|rotos\b|rotas\b|estropead\w*|averiad\w*|no funciona\w*", "broken"),  # es
    (r"bozu\w*|bozul\w*|k[ıi]r[ıi]k\b|k[ıi]r[ıi]klar\w*|k[ıi]r[ıi]ld\w*|[çc]al[ıi][şs]m[ıi]yor\w*", "broken"),  # tr
    (r"prish\w*|thyer\w*|nuk punon\w*", "broken"),  # sq
    # engineer
    (r"fachow\w*|serwisant\w*|technik(iem|owi|ów|ow)?\b", "engineer"),  # pl
    (r"tehnician\w*|inginer\w*|me[șşs]ter\w*|muncitor\w*", "engineer"),  # ro
    (r"meistr\w*|technik\w*", "engineer"),  # lt
    (r"майстр\w*|технік(ом|ів)?\b|інженер\w*", "engineer"),  # uk
    (r"мастер(а|ом|у|ов)?\b|техник(ом|ов)?\b|инженер\w*", "engineer"),  # ru
    (r"t[ée]cnic[oa]s?\b|eletricista\w*", "engineer"),  # pt
    (r"teknisyen\w*|usta(y[ıi]|s[ıi])\b", "engineer"),  # tr
    (r"mjesht[ëe]r\w*|teknik\w*", "engineer"),  # sq
    # plumber
    (r"hydraulik\w*", "plumber"),  # pl
    (r"instalator\w*", "plumber"),  # ro
    (r"santechnik\w*", "plumber"),  # lt
    (r"сантехнік\w*", "plumber"),  # uk
    (r"сантехник\w*", "plumber"),  # ru
    (r"canalizador\w*|encanador\w*", "plumber"),  # pt
    (r"fontaner\w*", "plumber"),  # es
    (r"tesisat[çc][ıi]\w*", "plumber"),  # tr
    (r"hidraulik\w*|idraulik\w*", "plumber"),  # sq
    # pregnant
    (r"w ci[ąa][żz]y|ci[ęe][żz]arn\w*", "pregnant"),  # pl
    (r"[îi]ns[ăa]rcinat\w*|gravid[ăa]\b", "pregnant"),  # ro
    (r"n[ėe][šs][čc]i\w*", "pregnant"),  # lt
    (r"вагітн\w*", "pregnant"),  # uk
    (r"беремен\w*", "pregnant"),  # ru
    (r"gr[áa]vidas?\b", "pregnant"),  # pt
    (r"embarazad\w*", "pregnant"),  # es
    (r"hamile\w*", "pregnant"),  # tr
    (r"shtatz[ëe]n\w*", "pregnant"),  # sq
    # ill / sick
    (r"chor(y|zy|ą)\b|jest chora\b|chora (na|jest)\b|chorob\w*|choruj\w*|chorow\w*|zachorow\w*", "ill / sick"),  # pl
    (r"bolnav\w*|boal[ăa]\w*|boli\b", "ill / sick"),  # ro
    (r"serga\b|sergu\b|serganti\w*|susirg\w*|lig(os|ą)\b|ligon(is|ė|iai)\b", "ill / sick"),  # lt
    (r"хвор\w*", "ill / sick"),  # uk
    (r"болен\b|больн(а|ой|ая|ые|ого)\b|болеет\b|болезн\w*|заболел\w*", "ill / sick"),  # ru
    (r"doente\w*|doen[çc]a\w*", "ill / sick"),  # pt
    (r"enferm[oa]s?\b|enfermedad\w*", "ill / sick"),  # es
    (r"hasta(y[ıi]m|y[ıi]z|d[ıi]r|l[ıi]k\w*|s[ıi])\b|hasta (oldu\w*|de[ğg]il\w*)", "ill / sick"),  # tr
    (r"s[ëe]mur\w*", "ill / sick"),  # sq
    # disabled
    (r"niepe[łl]nospraw\w*|inwalid\w*", "disabled"),  # pl
    (r"dizabilit\w*|handicapat\w*", "disabled"),  # ro
    (r"ne[įi]gal\w*", "disabled"),  # lt
    (r"інвалід\w*", "disabled"),  # uk
    (r"инвалид\w*", "disabled"),  # ru
    (r"deficientes?\b|defici[êe]ncia\w*|incapacidade\w*", "disabled"),  # pt
    (r"discapacit\w*|discapacidad\w*|minusv[áa]lid\w*", "disabled"),  # es
    (r"engelli(ler\w*|yim|yiz|dir)?\b|[öo]z[üu]rl[üu]\w*", "disabled"),  # tr
    (r"aft[ëe]si t[ëe] kufizuar", "disabled"),  # sq
    # cough
    (r"kaszl\w*|kaszel\b", "cough"),  # pl
    (r"tu[șşs]e\w*|tu[șş]ind\b|tusind\b", "cough"),  # ro
    (r"kosul\w*|kos[ėe]j\w*|kosti\b", "cough"),  # lt
    (r"кашл\w*|кашель\b", "cough"),  # uk
    (r"tosse\b|tossir\b|tossindo\b|tossia\b", "cough"),  # pt
    (r"(tengo|tiene|mucha|con) tos\b|tosiendo\b", "cough"),  # es
    (r"[öo]ks[üu]r\w*", "cough"),  # tr
    (r"koll[ëe]\w*|kollit\w*", "cough"),  # sq
    # asthma
    (r"astm\w*", "asthma"),  # pl
    (r"астм\w*", "asthma"),  # uk
    (r"asma\b|asm[áa]tic\w*", "asthma"),  # pt
    (r"ast[ıi]m\w*", "asthma"),  # tr
    # barking
    # tr: an extra key word, as in router/glossary.py
    (r"havl[ıi]\w*", "barking"),  # tr
    # exchange
    (r"zamieni[ćc] si[ęe]|zamian(y|ie|ę)\b", "exchange"),  # pl
]
SUBSTRINGS: dict[str, str] = {}
