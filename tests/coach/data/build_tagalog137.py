# ruff: noqa: E501
"""Build the coach's held-out set 137: written by writer-137 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Filipino English and
Taglish with "po", "ate", "kuya", "naman", "sige"): counter staff in the
Philippines and in Filipino shops abroad: a sari-sari store, a panaderia, a
remittance centre, a phone load counter, a fast-food counter and a Filipino
grocery in London, three conversations each.

Mix: 4 gossip (a neighbour's husband with a mistress abroad, the previous
customer's unpaid tab, the manager's nephew pocketing cash, the cashier's own
sister's annulment), 4 repeated_question (amount and receiver of a padala,
network for a load, how many pandesal with the answer in the first turn, dine in
or take out), 3 rushed_upsell (upsize, app, donation box, loyalty card, raffle
fired at customers in a hurry) and 7 hard "not" cases (warm chat about the
customer's own life; a colleague praised and the manager named for a work
reason; the customer gossips while the cashier deflects; a party order read back
to confirm; a "sorry?" re-ask with two different questions of the same shape;
one tailored recommendation with the bag and receipt questions; two offers far
apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT137 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "remittance centre",
        ["gossip"],
        "teller tells a sender that their neighbour's husband in Riyadh keeps a mistress and has cut the family's padala",
        [
            (C, "Good morning po. Padala po ba or claim?"),
            (U, "Padala, ate. Sa Iloilo, sa nanay ko."),
            (
                C,
                "Sige po, fill-up lang po kayo dito. Ikaw yung taga-Phase 2, diba? Malapit kay Aling Cora?",
            ),
            (U, "Oo, tatlong bahay lang from her."),
            (
                C,
                "Ay naku, kawawa si Aling Cora. Alam mo ba, yung asawa niya sa Riyadh, may kabit pala doon. A Filipina nurse daw, may anak na sila.",
            ),
            (
                C,
                "Dito rin siya kumukuha ng padala dati, tapos biglang lumiit na lang every month. Kaya pala.",
            ),
            (U, "Ha? Hindi ko alam yan."),
            (
                C,
                "Secret lang natin ha. Sabi nung pinsan niya, yung babae pa daw ang pinapadalhan ng sahod. Ang kapal ng mukha.",
            ),
            (U, "Ate, 5,000 lang po yung ipapadala ko."),
            (C, "Okay po, 5,000 plus 150 service fee. Pa-sign na lang po dito."),
        ],
    ),
    (
        "q02",
        "sari-sari store",
        ["gossip"],
        "storekeeper tells a girl about the customer who just left: his unpaid tab, his drinking and his wife hiding from her",
        [
            (U, "Tao po! Pabili po ng isang Lucky Me beef at dalawang itlog."),
            (C, "Eto na, saglit lang."),
            (C, "Nakita mo yung lalaking kaaalis lang? Yung naka-sando?"),
            (U, "Si Mang Rudy po?"),
            (
                C,
                "Oo, siya. Yung utang niyan sa listahan ko, 2,300 na. Apat na buwan nang hindi nagbabayad pero may pambili ng gin gabi-gabi.",
            ),
            (
                C,
                "Tapos yung asawa niya, pag sinisingil ko, nagtatago sa kusina. Akala mo naman hindi ko sila nakikita sa bintana.",
            ),
            (U, "Ay, ganun po ba."),
            (C, "Kaya ikaw, huwag kang gagaya diyan ha. Joke lang. 38 lahat."),
            (U, "Eto po, 50."),
            (C, "Sukli mo, 12. Salamat, iha."),
        ],
    ),
    (
        "q03",
        "fast-food counter",
        ["gossip"],
        "crew member tells a customer the manager's nephew steals from the register and the staff had to cover the shortage",
        [
            (C, "Hi, welcome po! What's your order?"),
            (U, "One burger steak with rice and a Coke float, please."),
            (C, "Okay, burger steak, Coke float. Dine in?"),
            (U, "Take out."),
            (
                C,
                "Sorry po medyo matagal, kulang kami ng tao today. Yung pamangkin ni sir manager, absent na naman.",
            ),
            (
                C,
                "Between us lang ha, pero yung batang yun, kumukupit sa register. Pag siya ang nag-close, laging kulang ng 500 to 1,000. Pero siyempre tito niya ang manager, walang nangyayari.",
            ),
            (U, "Hala, seryoso?"),
            (C, "Oo! Kami pa yung pinag-abono last month. Anyway, 139 po total."),
            (U, "Here."),
            (C, "Thank you po, wait lang kayo, number 42."),
        ],
    ),
    (
        "q04",
        "Filipino grocery, London",
        ["gossip"],
        "cashier pours out her sister's annulment, the abusive husband and the family feud to a stranger",
        [
            (C, "Hiya, did you find everything alright?"),
            (U, "Yes, thanks. Just the calamansi, the Datu Puti and two packs of pancit canton."),
            (C, "Lovely. Ay, Pinay ka din pala? Taga-saan ka?"),
            (U, "Batangas, but I've been here ten years."),
            (
                C,
                "Same as my sister! She's going through an annulment now, grabe, three years na and 300,000 pesos na sa lawyer.",
            ),
            (
                C,
                "Her husband was a drunk, he used to hit her, and now he's telling the court she's the one who's psychologically incapacitated. And my mum still takes his side kasi seaman siya and he sends money.",
            ),
            (U, "Oh, that sounds hard."),
            (
                C,
                "Hard? She was crying on FaceTime for two hours last night. Half the family's not talking to the other half. Anyway, that's £11.40.",
            ),
            (U, "Card, please."),
            (C, "Tap lang po whenever you're ready."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "remittance centre",
        ["repeated_question"],
        "teller re-asks the amount and the receiver, both given in the customer's first answer, after a chat about traffic",
        [
            (C, "Hello po, padala po tayo?"),
            (U, "Yes po. 8,000 to my brother, Ramon dela Cruz, in Cagayan de Oro."),
            (C, "Okay po. Bank deposit or pick-up?"),
            (U, "Pick-up na lang, may Cebuana malapit sa kanila."),
            (U, "Grabe pala ang traffic sa EDSA kanina, two hours ako from Cubao."),
            (C, "Ay, oo po, may banggaan daw sa Guadalupe. Kami nga po, nag-MRT na lang."),
            (U, "Buti ka pa. Ang init pa sa bus."),
            (C, "Sige po. So, sino po yung magki-claim, and magkano po ang ipapadala natin?"),
            (U, "Si Ramon nga, yung kapatid ko. 8,000."),
            (C, "Okay po, 8,000 kay Ramon dela Cruz. 180 po yung fee."),
        ],
    ),
    (
        "q06",
        "phone load counter",
        ["repeated_question"],
        "load seller asks the network, gets Smart, chats about the phone case, then asks Globe or TNT",
        [
            (U, "Kuya, pa-load po."),
            (C, "Sige, anong network?"),
            (U, "Smart po. Regular load, 100."),
            (C, "Number?"),
            (U, "0918 234 5678."),
            (C, "Ay, ang ganda ng case mo. Saan mo nabili yan?"),
            (U, "Sa Divisoria po, 80 lang."),
            (C, "Mura! Yung sa akin 250 sa mall. Naloko ako."),
            (C, "Teka, Globe ba to o TNT?"),
            (U, "Smart nga po, kuya."),
            (C, "Ay oo nga. Sige, sent na. 103 po."),
        ],
    ),
    (
        "q07",
        "panaderia",
        ["repeated_question"],
        "customer says twenty pandesal in the first turn; after chat about her kids the baker asks how many pieces",
        [
            (U, "Ate, twenty pandesal po, saka isang Spanish bread."),
            (C, "Good morning! Mainit-init pa yung pandesal, kalalabas lang sa oven."),
            (U, "Ay buti. Pang-almusal ng mga bata bago pumasok."),
            (C, "Anong grade na sila ngayon?"),
            (U, "Grade 3 saka Grade 5. Ang bilis ng panahon."),
            (C, "Totoo. Parang kailan lang karga-karga mo pa sila dito."),
            (C, "O sige, ilang piraso ng pandesal ang kukunin mo?"),
            (U, "Twenty po, ate."),
            (C, "Twenty, okay. Plus Spanish bread, 70 lahat."),
        ],
    ),
    (
        "q08",
        "fast-food counter",
        ["repeated_question"],
        "crew asks dine in or take out, gets dine in, then after talk about a school trip asks whether to pack it",
        [
            (C, "Good afternoon, sir! Ready to order?"),
            (U, "Yes, two-piece Chickenjoy with spaghetti, and a pineapple juice."),
            (C, "Dine in or take out po?"),
            (U, "Dine in."),
            (C, "Gravy on the side or on the chicken?"),
            (U, "On the side. Busy today, ha?"),
            (C, "Opo, sir, may field trip po kasi yung school sa tapat, ang daming bata kanina."),
            (U, "Kaya pala ang ingay."),
            (C, "So, kakain po kayo dito or ipa-pack ko na lang po?"),
            (U, "Dito nga ako kakain."),
            (C, "Okay po, sir. 215 po lahat."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "fast-food counter",
        ["rushed_upsell"],
        "customer about to miss her jeep gets a meal upgrade, the app and the donation box in one breath",
        [
            (C, "Hi, welcome! Order po?"),
            (U, "One Yumburger and a Coke, quick lang please, aalis na yung jeep ko."),
            (C, "Gusto niyo po i-meal, with fries and large drink, 25 pesos lang more?", RR),
            (U, "No.", R),
            (C, "Have you downloaded our app po? May free sundae pag nag-sign up kayo today.", R),
            (C, "And would you like to drop your change in the Bantay Bata box po?", R),
            (U, "No, thanks, sige na.", R),
            (C, "Okay, 85 po."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "Filipino grocery, London",
        ["rushed_upsell"],
        "commuter with a train in eight minutes is hit with the loyalty card, a raffle and a typhoon collection",
        [
            (C, "Hi! Next, please."),
            (U, "Just this, please. I've got a train in eight minutes."),
            (
                C,
                "No worries. Have you got our Suki Club card? It's free, you get points every time.",
                RR,
            ),
            (U, "No, I—", R),
            (
                C,
                "We've also got a raffle this month, a pound a ticket, top prize is a balikbayan box shipped free to Manila.",
                R,
            ),
            (
                C,
                "And we're collecting for the typhoon victims in Bicol, would you like to put something in the box?",
                R,
            ),
            (U, "Honestly, just the corned beef.", R),
            (C, "Sure, that's £3.20."),
            (U, "Tapping now."),
        ],
    ),
    (
        "q11",
        "phone load counter",
        ["rushed_upsell"],
        "student late for class is pushed a data promo, the app cashback, a raffle and a suki card in a burst",
        [
            (U, "Kuya, 50 load, Globe, 0917 555 1234. Bilis lang po, may klase pa ako."),
            (C, "Sige. Gusto mo i-GoSURF 50 na lang? Mas sulit, may data na.", RR),
            (U, "Hindi na po, regular lang.", R),
            (C, "Download mo yung GCash app, may cashback ka pag doon ka nag-load.", R),
            (
                C,
                "Saka may raffle kami, bawat 50 na load may entry ka sa motor. Isusulat ko na pangalan mo?",
                R,
            ),
            (U, "Kuya, late na po ako.", R),
            (C, "Last na, may suki card din kami, libre lang.", R),
            (U, "Next time na lang po.", R),
            (C, "Sige, sent na. 52."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "remittance centre",
        [],
        "not gossip or repeat: warm talk about the customer's daughter's graduation, then a new question for the receiver's full name and a read-back",
        [
            (C, "Good afternoon po! Padala?"),
            (U, "Oo, iha. 15,000 sa anak ko sa Baguio. Graduation niya next week."),
            (C, "Wow, congrats po! Anong course po niya?"),
            (U, "Nursing. Magna cum laude pa."),
            (C, "Ang galing naman! Kayo po ba pupunta sa graduation?"),
            (
                U,
                "Gusto ko sana, pero walang papayag na mag-leave ako. Video call na lang daw, pero siyempre iba pa rin.",
            ),
            (
                C,
                "Sayang po. Pero sure po ako, proud na proud siya sa inyo. Bunga po yan ng pagod niyo.",
            ),
            (U, "Sana nga. Ito yung ID ko."),
            (C, "Salamat po. Yung receiver po, full name?"),
            (U, "Angelica Mae Santos."),
            (
                C,
                "Okay po, 15,000 kay Angelica Mae Santos, 250 po ang fee. Pakicheck na lang po yung slip bago pumirma.",
            ),
        ],
    ),
    (
        "q13",
        "panaderia",
        [],
        "not gossip: the baker is praised for his recipe and party orders, the manager named because she approves discounts",
        [
            (C, "Magandang umaga po! Ano po sa inyo?"),
            (U, "Yung ube cheese pandesal, meron pa?"),
            (
                C,
                "Meron pa po, kalalabas lang. Si Kuya Jun po gumagawa niyan, siya po nakaisip ng recipe, talagang mabenta.",
            ),
            (U, "Ang sarap nga. Bigyan mo ako ng isang dosena."),
            (
                C,
                "Sige po. Kung may handaan po kayo, si Kuya Jun din po ang kausapin niyo, kaya niya hanggang 200 pieces basta one day ahead.",
            ),
            (U, "Ay, birthday ng apo ko sa Sabado. May discount ba pag marami?"),
            (
                C,
                "Teka lang po, tatanungin ko si Ma'am Lorna, siya po kasi nag-a-approve ng discount.",
            ),
            (C, "Sabi po ni Ma'am Lorna, ten percent off pag 100 pieces pataas."),
            (U, "Sige, babalik ako bukas para mag-order."),
            (C, "Okay po. 180 po yung dosena ngayon."),
        ],
    ),
    (
        "q14",
        "sari-sari store",
        [],
        "not gossip: the customer gossips about a neighbour's pregnancy and the storekeeper twice refuses to join in",
        [
            (U, "Aling Nena, pabili po ng suka at isang Coke Mismo."),
            (C, "Eto, iha."),
            (
                U,
                "Alam niyo po ba, si Marites sa kanto, buntis daw ulit, tapos iba na naman daw yung tatay.",
            ),
            (C, "Ay, hindi ko alam yan. Ito pa, gusto mo ng yelo?"),
            (
                U,
                "Opo, isang supot. Pero totoo daw po, sabi ni Tita Baby, nakikita daw nila yung lalaki gabi-gabi doon.",
            ),
            (C, "Hay naku, iha, wala akong alam diyan at ayoko ng ganyan. Buhay nila yan."),
            (C, "38 lahat, kasama yelo."),
            (U, "Eto po, 40."),
            (C, "Sukli mo. Ingat pauwi, mainit pa."),
        ],
    ),
    (
        "q15",
        "panaderia",
        [],
        "not a repeat: the baker reads a party order back to confirm it and asks only new questions",
        [
            (U, "Hi, order sana ako para sa meeting namin bukas."),
            (C, "Sige po. Ano po yung kailangan?"),
            (
                U,
                "Fifty pandesal, thirty ensaymada, two dozen Spanish bread, saka isang malaking mamon.",
            ),
            (C, "Okay po, sinusulat ko na."),
            (
                C,
                "Para sure lang po: fifty pandesal, thirty ensaymada, twenty-four Spanish bread, saka isang family-size mamon. Tama po lahat?",
            ),
            (U, "Yes, tama. Ay, pwede plain yung ensaymada, walang cheese?"),
            (C, "Pwede po. Thirty plain ensaymada. Anong oras po kukunin?"),
            (U, "Mga 7:30 ng umaga."),
            (C, "Okay po, 7:30 bukas. Fifty percent down po, so 1,150 po ngayon."),
            (U, "Sige, GCash na lang."),
        ],
    ),
    (
        "q16",
        "phone load counter",
        [],
        "not a repeat: the number is re-asked only because a tricycle drowned it out, and the network is asked once per person",
        [
            (C, "Ano sa'yo, boss?"),
            (U, "Dalawang load po, isa sa akin, isa sa nanay ko."),
            (C, "Sige. Anong network yung sa'yo?"),
            (U, "TNT, 30 lang. 0951 876 2240."),
            (C, "Sorry, boss? Ang ingay nung tricycle. Ano yung number?"),
            (U, "0951 876 2240."),
            (C, "Got it. Eh yung kay nanay mo, anong network naman?"),
            (U, "Smart, 50. 0919 443 1087."),
            (C, "Okay, 50 sa 0919 443 1087. Pasok na pareho, boss, check mo."),
            (U, "Ayan, dumating na. Magkano?"),
            (C, "85 lahat."),
        ],
    ),
    (
        "q17",
        "Filipino grocery, London",
        [],
        "not rushed: one tailored tip (fresh sampalok for her sinigang) and the bag and receipt questions spread over a relaxed chat",
        [
            (C, "Hello! Kumusta? Found everything okay?"),
            (
                U,
                "Mostly. I'm making sinigang for my boyfriend's parents this weekend, first time meeting them.",
            ),
            (C, "Ooh, pressure! What are you using, the tamarind mix?"),
            (U, "Yeah, the Knorr packet, and pork belly from the butcher down the road."),
            (
                C,
                "If you want it to taste like a lola made it, grab a pack of fresh sampalok from the chiller at the back and use it with the mix. Just boil and mash them in. It's £2.50.",
            ),
            (U, "Oh, that's a good idea. Hang on."),
            (U, "Got it.", {"pause": 40}),
            (C, "Perfect. They'll love it, promise."),
            (C, "Do you need a bag? It's 10p.", {"pause": 3}),
            (U, "No, I've got my tote."),
            (C, "That's £9.85 then."),
            (U, "There you go."),
            (C, "Do you want the receipt?", {"pause": 2.5}),
            (U, "No thanks. Wish me luck!"),
        ],
    ),
    (
        "q18",
        "sari-sari store",
        [],
        "not rushed: a new coffee flavour offered early and a fiesta raffle ticket at the very end of an unhurried chat with a student",
        [
            (U, "Magandang hapon po, Aling Tess!"),
            (C, "Uy, Dodong! Kumusta na ang pag-aaral?"),
            (
                U,
                "Okay lang po, finals na next week. Pabili po ng tatlong 3-in-1 na kape at isang Skyflakes.",
            ),
            (
                C,
                "Sige. May bago pala kaming kape, yung may caramel, baka gusto mong subukan para sa puyat mo.",
            ),
            (U, "Hindi na po, yung dati na lang."),
            (C, "Sige, sige. Anong exams mo next week?", {"pause": 2.5}),
            (U, "Calculus po saka Physics. Ang hirap."),
            (C, "Kaya mo yan. Ang tatay mo nga, magaling sa math dati, diba?"),
            (U, "Opo, siya nagtuturo sa akin minsan pag gabi."),
            (C, "Buti naman. O, 62 lahat.", {"pause": 3}),
            (U, "Eto po."),
            (
                C,
                "Ay, may raffle pala kami para sa fiesta, 20 isang ticket, pang-tulong sa liga ng barangay. Kung gusto mo lang.",
                {"pause": 4},
            ),
            (U, "Sige po, isa."),
            (C, "Salamat! Good luck sa finals, Dodong."),
        ],
    ),
]

# Kept out of the held-out sets (renamed from heldout137 after its first run): the writer
# was asked for Filipino English and Taglish and wrote mostly Tagalog (8 % of its words
# are common English function words, against 32-33 % in heldout135 and 136). The coach
# reads English, as its recogniser (Whisper tiny.en) does. First run on the rules of
# 991de64, with roles: gossip 1/4, repeats 0/4 with two false repeats, rushed 1/3.
if __name__ == "__main__":
    build("tagalog137", HELDOUT137, 1371)
