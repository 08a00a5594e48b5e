# ruff: noqa: E501
"""Table tests for the three detectors, including every "not" case of the shared README.

The sentences are written for these tests (not taken from the development set) and
vary the wording on purpose: the engine is judged on conversations by other authors.
"""

from __future__ import annotations

import pytest

C = "cashier"
U = "customer"
R = 0.3  # pause inside a rushed burst

# (id, turns, expected kinds)
CASES = [
    # ---- gossip ---------------------------------------------------------------------
    (
        "gossip: previous customer's drinking and debts",
        [
            (U, "just the paper and some mints please"),
            (C, "sure did you clock the bloke who just left"),
            (U, "the one with the dog"),
            (
                C,
                "thats him he was steaming drunk at ten this morning and he owes half the street money",
            ),
            (U, "oh right"),
            (C, "one eighty please"),
        ],
        {"gossip"},
    ),
    (
        "gossip: colleague's love life, secrecy marker",
        [
            (U, "can i pay for these candles"),
            (C, "of course you know the girl on the other till"),
            (U, "not really"),
            (
                C,
                "keep this to yourself but shes been seeing the delivery driver and his wife has no idea",
            ),
            (U, "okay"),
            (C, "nine pounds then"),
        ],
        {"gossip"},
    ),
    (
        "gossip: slander about the manager",
        [
            (U, "is there any more of the blue paint"),
            (C, "only what you see our boss never orders enough"),
            (U, "shame"),
            (C, "honestly hes a liar and a thief he fiddles the till every friday and blames us"),
            (U, "right well ill take the grey"),
        ],
        {"gossip"},
    ),
    (
        "gossip: neighbour's affair",
        [
            (C, "afternoon just the flowers today"),
            (U, "yes please"),
            (
                C,
                "you know the couple over the road from the church apparently hes been cheating on her with the childminder",
            ),
            (U, "gosh"),
            (C, "twelve pounds please"),
        ],
        {"gossip"},
    ),
    (
        "gossip: the cashier's own drama (debts, break-up)",
        [
            (U, "a loaf of the seeded please"),
            (
                C,
                "sorry im a mess today my boyfriend dumped me by text and left me with all the bills",
            ),
            (U, "oh no"),
            (C, "and now the bailiffs want the car so im skint till christmas"),
            (U, "thats awful"),
            (C, "two ten please"),
        ],
        {"gossip"},
    ),
    (
        "gossip: mixed case and punctuation",
        [
            (U, "Just these, please."),
            (C, "Did you see the man who was in before you?"),
            (U, "No."),
            (C, "Between you and me, he's on his third divorce and drinks like a fish!"),
            (U, "Oh."),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: warm remarks about the customer's own purchase and plans",
        [
            (U, "these balloons and the banner please its my husbands fortieth"),
            (C, "oh how fun is it a surprise party"),
            (U, "yes he has no idea shh"),
            (C, "my lips are sealed i hope he loves it these will look great in the garden"),
            (U, "fingers crossed"),
            (C, "thats fourteen fifty please"),
        ],
        set(),
    ),
    (
        "NOT gossip: a colleague named in a helpful product context",
        [
            (U, "which of these kettles is quietest"),
            (
                C,
                "the silver one my colleague priya bought it for her flat and says you can barely hear it",
            ),
            (U, "great ill take it"),
            (C, "lovely thats thirty pounds"),
        ],
        set(),
    ),
    (
        "NOT gossip: the manager cited for a stock date",
        [
            (U, "do you have the large trays back in"),
            (C, "not yet my manager says the lorry comes on tuesday"),
            (U, "ill come back then"),
        ],
        set(),
    ),
    (
        "NOT gossip: the customer gossips, the cashier deflects",
        [
            (U, "did you hear the woman at number four is leaving her husband for the postman"),
            (C, "oh i couldnt say would you like these in a bag"),
            (U, "yes please and apparently hes been drinking since"),
            (C, "well i hope everyone is alright thats seven twenty"),
        ],
        set(),
    ),
    # ---- repeated question -----------------------------------------------------------
    (
        "repeat: afternoon off, asked again in other words",
        [
            (C, "hello have you taken the afternoon off"),
            (U, "yes i finished at twelve today"),
            (C, "lovely weather for it these come to six pounds"),
            (U, "here you are"),
            (C, "so no work for you today then"),
            (U, "no like i said"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: eat in or take away, paraphrased",
        [
            (C, "hiya are you eating in with us today"),
            (U, "no takeaway please"),
            (C, "no problem anything to drink"),
            (U, "a tea please"),
            (C, "and is that to have here or to take with you"),
            (U, "to take away"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: who the present is for",
        [
            (C, "is this a present for someone"),
            (U, "yes for my nephew"),
            (C, "hes going to love it its our best seller"),
            (U, "i hope so"),
            (C, "and is it a gift or for yourself"),
            (U, "its a gift"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: asked again because the customer did not hear",
        [
            (C, "do you want your receipt"),
            (U, "sorry"),
            (C, "would you like the receipt"),
            (U, "oh no thanks"),
        ],
        set(),
    ),
    (
        "NOT a repeat: 'pardon' then the question again",
        [
            (C, "which size are you after"),
            (U, "pardon"),
            (C, "what size do you need"),
            (U, "a medium"),
            (C, "here you go that one fits small so try it on"),
        ],
        set(),
    ),
    (
        "NOT a repeat: different questions of the same shape",
        [
            (C, "is the prescription for you"),
            (U, "yes"),
            (C, "are you allergic to anything"),
            (U, "penicillin"),
            (C, "and are you pregnant or breastfeeding"),
            (U, "no"),
            (C, "right this is safe for you then"),
        ],
        set(),
    ),
    (
        "NOT a repeat: the customer asks their own question twice",
        [
            (U, "when does the garden furniture sale start"),
            (C, "next monday"),
            (U, "oh okay"),
            (C, "is there anything else"),
            (U, "sorry when did you say the sale starts"),
            (C, "monday"),
        ],
        set(),
    ),
    # ---- rushed upsell ---------------------------------------------------------------
    (
        "rushed: add-ons, deal, store card and email back to back",
        [
            (U, "just this kettle please"),
            (
                C,
                "do you want descaler with that the toasters are half price with any kettle and have you got our store card",
                R,
            ),
            (U, "no", R),
            (
                C,
                "can i take your email for the offers and would you like to round up for the hospice",
                R,
            ),
            (U, "no thanks", R),
            (C, "twenty five pounds then", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "rushed: loyalty app, donation, extended warranty",
        [
            (U, "the blue hoover please"),
            (
                C,
                "sure do you want the extended warranty on that and weve got bags on offer two for one",
                R,
            ),
            (U, "um", R),
            (C, "are you on our app and could you add a pound for the childrens charity", R),
            (U, "no", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT rushed: one tailored recommendation",
        [
            (U, "im making a curry for ten people tonight"),
            (
                C,
                "oh nice if youre doing a big batch the large naan packs are on offer they go well",
            ),
            (U, "good idea ill grab some"),
            (C, "enjoy the curry"),
        ],
        set(),
    ),
    (
        "NOT rushed: bag and receipt spread over a relaxed chat",
        [
            (C, "hello do you need a bag"),
            (U, "yes one please"),
            (C, "off anywhere nice this weekend"),
            (U, "camping in wales with the kids if the rain holds off"),
            (C, "oh lovely my favourite is the gower the beaches are stunning"),
            (U, "thats where were going"),
            (C, "perfect fifty two thirty do you want your receipt", 3.0),
            (U, "no thanks"),
        ],
        set(),
    ),
    (
        "NOT rushed: two offers far apart",
        [
            (U, "a bag of compost please"),
            (C, "sure the peat free one is on offer this week if you want to try it"),
            (U, "no the normal one is fine"),
            (C, "planting anything nice"),
            (U, "tomatoes and some beans for the allotment"),
            (C, "great theyll love this stuff water them in well"),
            (U, "will do"),
            (C, "and if you join our garden club you get ten percent off next time", 30.0),
        ],
        set(),
    ),
    # ---- added by coach-2: broader concept classes, dialect, dropped auxiliaries -------
    (
        "gossip: colleague by shift, engagement and her debts",
        [
            (U, "just the sandwich and a water"),
            (C, "you know the girl who does the early shift"),
            (U, "the tall one"),
            (
                C,
                "she only went and got engaged to a bloke she met online and shes still paying off his loan shark",
            ),
            (U, "blimey"),
            (C, "four twenty then"),
        ],
        {"gossip"},
    ),
    (
        "gossip: dialect third party ('ye', 'your one'), looks and drink driving",
        [
            (U, "a bag of coal please"),
            (C, "did ye see your one from the flats earlier"),
            (U, "no"),
            (C, "shes let herself go and her fella lost his licence for drink driving"),
            (U, "right"),
        ],
        {"gossip"},
    ),
    (
        "gossip: cashier's own court case and custody fight",
        [
            (U, "can i get a large iced coffee"),
            (C, "sure sorry if im slow my ex is taking me to court for custody of the kids"),
            (U, "oh im sorry"),
            (C, "yeah and my lawyer says i could lose the house we are in debt up to our eyes"),
            (U, "that sucks"),
        ],
        {"gossip"},
    ),
    (
        "repeat: dropped auxiliary ('you doing anything…') then 'any plans'",
        [
            (C, "hi there you doing anything nice this weekend"),
            (U, "my daughters birthday party"),
            (C, "aw lovely do you want these in a bag"),
            (U, "yes please"),
            (C, "so any plans for saturday then"),
            (U, "the party"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: the phone's pin asked again as the code to unlock it",
        [
            (U, "the battery drains really fast"),
            (C, "we can swap it whats the pin so we can check it after"),
            (U, "four four two one"),
            (C, "great give us half an hour"),
            (U, "fine"),
            (C, "and what is the code to unlock it"),
            (U, "four four two one"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: the car's year asked again as its age",
        [
            (U, "i need a battery for a golf"),
            (C, "which year is the car"),
            (U, "two thousand and nine"),
            (C, "petrol or diesel"),
            (U, "diesel"),
            (C, "right and how old is it"),
            (U, "two thousand and nine"),
        ],
        {"repeated_question"},
    ),
    (
        "rushed: American checklist — rewards, zip code, round-up, survey",
        [
            (U, "just the shampoo"),
            (C, "you want to sign up for rewards its free", R),
            (U, "no", R),
            (C, "can i get your zip code", R),
            (U, "no", R),
            (C, "want to round up for the food bank and theres a survey on your receipt", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT rushed: one tailored remark about a free refill",
        [
            (U, "a large lemonade please"),
            (C, "sure the large comes with free refills today so just come back to the counter"),
            (U, "great"),
            (C, "thats three dollars"),
        ],
        set(),
    ),
    (
        "NOT a repeat: different questions of the same shape about a car",
        [
            (U, "i need wiper blades"),
            (C, "what car is it"),
            (U, "a fiesta"),
            (C, "and what year is it"),
            (U, "twenty eighteen"),
        ],
        set(),
    ),
    (
        "repeat: the customer says 'like I said' though the recogniser mangled both questions",
        [
            (C, "hiya which the window does the kitchen fees"),
            (U, "west so it gets the evening light"),
            (C, "this paint is great for that it dries in an hour"),
            (U, "lovely"),
            (C, "and does that get much light in the evening"),
            (U, "like i said its west facing"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: 'like I said' to a remark, not a question",
        [
            (C, "what colour were you after"),
            (U, "something pale"),
            (C, "this cream is our best seller"),
            (U, "yes like i said something pale"),
        ],
        set(),
    ),
    (
        "NOT a repeat: 'like I said' to the first question asked",
        [
            (U, "i need a new filter for my hoover like i said on the phone"),
            (C, "which model is it"),
            (U, "like i said on the phone its the old upright one"),
        ],
        set(),
    ),
    (
        "NOT a repeat: 'what kind of paint' then 'what kind of brush'",
        [
            (C, "what kind of paint do you need"),
            (U, "emulsion for the hall"),
            (C, "great choice"),
            (U, "thanks"),
            (C, "and what kind of brush do you want"),
            (U, "a wide one"),
        ],
        set(),
    ),
    (
        "NOT a repeat: 'whats the paint for' then 'whats the tape for'",
        [
            (C, "whats the paint for"),
            (U, "the kitchen ceiling"),
            (C, "nice"),
            (U, "yes"),
            (C, "and whats the tape for"),
            (U, "the edges"),
        ],
        set(),
    ),
    (
        "repeat: the occasion asked again as what the cake is for",
        [
            (U, "can i order a cake for friday"),
            (C, "course whats the occasion"),
            (U, "my sons eighteenth"),
            (C, "lovely chocolate or vanilla sponge"),
            (U, "chocolate"),
            (C, "and what is the cake for"),
            (U, "his eighteenth"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: a present asked again as giving it to someone",
        [
            (U, "how much is this scarf"),
            (C, "twenty pounds is it a gift"),
            (U, "yes for my aunt"),
            (C, "its lovely quality"),
            (U, "it is"),
            (C, "so are you giving it to someone"),
            (U, "my aunt yes"),
        ],
        {"repeated_question"},
    ),
    (
        "gossip: warning the customer off a colleague",
        [
            (U, "can i book in for a massage"),
            (C, "id steer clear of darren if i were you"),
            (U, "why"),
            (C, "hes hopeless and he turns up stoned half the time"),
            (U, "oh right"),
        ],
        {"gossip"},
    ),
    (
        "gossip: one sentence, a colleague's affair (strong topic)",
        [
            (U, "twenty on pump two please"),
            (C, "our shift manager is having an affair with the lad who does deliveries"),
            (U, "oh"),
            (C, "twenty pounds then"),
        ],
        {"gossip"},
    ),
    (
        "gossip: a bare 'he' with an unmistakably private topic",
        [
            (U, "a pint of milk"),
            (C, "hes only gone and got himself arrested again you know"),
            (U, "who"),
            (C, "anyway eighty p please"),
        ],
        {"gossip"},
    ),
    (
        "repeat: participle questions with the 'are you' dropped",
        [
            (C, "morning keeping busy today"),
            (U, "run off my feet"),
            (C, "ha know the feeling do you want a bag"),
            (U, "no ta"),
            (C, "been busy then"),
            (U, "like i say run off my feet"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: the customer answers with a participle ('taking it away')",
        [
            (C, "eating in or taking it away"),
            (U, "taking it away please"),
            (C, "any sauces"),
            (U, "ketchup"),
        ],
        set(),
    ),
    (
        "gossip: neighbours named by address, arrears and job loss",
        [
            (U, "a book of stamps please"),
            (C, "here you go you know the people at number twelve"),
            (U, "a bit"),
            (C, "theyre months behind with the rent and he lost his job at christmas"),
            (U, "oh dear"),
        ],
        {"gossip"},
    ),
    (
        "gossip: the customer's request comes first ('can you…'), one microphone",
        [
            (U, "can you sharpen these scissors"),
            (
                C,
                "no worries that woman from the flats brought hers in yesterday her husband changed the locks on her",
            ),
            (U, "oh"),
            (C, "caught her out with his brother apparently"),
            (U, "right"),
        ],
        {"gossip"},
    ),
    (
        "gossip: a colleague's fake sick day",
        [
            (U, "six eggs please"),
            (C, "sure you know kirsty who does saturdays"),
            (U, "yes"),
            (C, "she phoned in sick again and its all over facebook that she was out partying"),
            (U, "oh"),
        ],
        {"gossip"},
    ),
    (
        "rushed: finance offers at a counter — cover, savings account, travel money",
        [
            (U, "a second class stamp please"),
            (C, "we can add extra cover on parcels", R),
            (U, "its a letter", R),
            (C, "and have you seen our new savings account", R),
            (U, "no", R),
            (C, "can i give you a quote on travel money too", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "gossip: one private remark about a neighbour, the customer is shocked",
        [
            (U, "a loaf and some milk"),
            (C, "you know the bloke across the road hes on the dole again"),
            (U, "oh no thats awful"),
            (C, "two ten please"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the customer says 'oh no' to news about stock, a colleague named",
        [
            (U, "any of the seeded rolls left"),
            (C, "the lad who bakes them is off today so none im afraid"),
            (U, "oh no"),
            (C, "the white ones are nice too"),
        ],
        set(),
    ),
    (
        "repeat: a declarative 'any…' question ('you are not taking anything else')",
        [
            (U, "something for a cough please"),
            (C, "are you taking any other medicines"),
            (U, "just my inhaler"),
            (C, "this syrup is fine with that"),
            (U, "good"),
            (C, "and you are not on anything else at the moment"),
            (U, "only the inhaler"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: an opener used as the tag ('… have you')",
        [
            (C, "morning any plans for the bank holiday"),
            (U, "a barbecue if the rain stays off"),
            (C, "lovely do you want a bag"),
            (U, "yes please"),
            (C, "got anything planned for the long weekend have you"),
            (U, "the barbecue"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: a trip asked as 'going somewhere' then as 'a break'",
        [
            (U, "these sunglasses please"),
            (C, "going somewhere sunny"),
            (U, "crete next week"),
            (C, "lovely they suit you"),
            (U, "thanks"),
            (C, "so are you getting away at all"),
            (U, "crete"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: weather small talk in two wordings",
        [
            (U, "a pasty please"),
            (C, "is it still pouring out there"),
            (U, "stopped now"),
            (C, "warm or cold pasty"),
            (U, "warm"),
            (C, "hows the weather looking"),
            (U, "dry now"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: how many it is for, in two wordings",
        [
            (U, "a tray of sandwiches"),
            (C, "how many people is it for"),
            (U, "about ten"),
            (C, "egg or ham"),
            (U, "mixed"),
            (C, "and how many mouths are you feeding"),
            (U, "ten"),
        ],
        {"repeated_question"},
    ),
    (
        "gossip: character judgements of the customer who just left",
        [
            (U, "a loaf please"),
            (C, "see the woman who just left shes a right nightmare"),
            (U, "really"),
            (C, "tight as anything never tips and moans about everything"),
            (U, "oh"),
        ],
        {"gossip"},
    ),
    (
        "gossip: passed-on talk about the owner's money trouble",
        [
            (U, "this card please"),
            (C, "my manager told me the owner is going under and not paying anyone"),
            (U, "oh dear"),
            (C, "he owes the suppliers thousands she said"),
            (U, "right"),
        ],
        {"gossip"},
    ),
    (
        "not a repeat: 'is it a gift' answered yes, then who it is for",
        [
            (U, "this mug"),
            (C, "is it a gift"),
            (U, "yes"),
            (C, "lovely"),
            (U, "yes"),
            (C, "who are you buying it for"),
            (U, "my dad"),
        ],
        set(),
    ),
    (
        "repeat: 'how long have you had it' then 'when did it start'",
        [
            (U, "can i get some cough syrup"),
            (C, "how long have you had the cough"),
            (U, "about a week"),
            (C, "dry or chesty"),
            (U, "chesty"),
            (C, "and when did it start"),
            (U, "a week ago"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: where they are heading, then where the trip is to",
        [
            (U, "can i get a map"),
            (C, "where are you heading today"),
            (U, "the lakes"),
            (C, "good choice"),
            (U, "yes"),
            (C, "so wheres the trip to"),
            (U, "the lakes"),
        ],
        {"repeated_question"},
    ),
    (
        "not a repeat: how long for two different complaints",
        [
            (U, "can i get something for a cough and a rash"),
            (C, "how long have you had the cough"),
            (U, "a week"),
            (C, "okay"),
            (U, "yes"),
            (C, "and how long have you had the rash"),
            (U, "since yesterday"),
        ],
        set(),
    ),
    (
        "not a repeat: how many rolls, then how many people",
        [
            (U, "some rolls"),
            (C, "how many do you need"),
            (U, "ten"),
            (C, "white or brown"),
            (U, "white"),
            (C, "how many people are coming"),
            (U, "twenty"),
        ],
        set(),
    ),
    (
        "not a repeat: a day off, then a trip, are different questions",
        [
            (U, "a coffee please"),
            (C, "day off today"),
            (U, "yes"),
            (C, "medium or large"),
            (U, "medium"),
            (C, "off anywhere nice this summer"),
            (U, "spain"),
        ],
        set(),
    ),
    # ---- heldout15 round: word families, not sentences ------------------------------
    (
        "gossip: the boss in slang ('gaffer'), skiving on company time",
        [
            (U, "a return to leeds please"),
            (C, "nineteen sixty duck sorry for the queue the gaffer has cut our hours again"),
            (U, "oh"),
            (C, "and hes off at the races on company time most afternoons so they reckon"),
            (U, "right"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the boss in slang, only about stock",
        [
            (U, "have you got the blue mugs"),
            (C, "the gaffer says the new stock comes in on monday so pop back then"),
            (U, "will do"),
            (C, "four pound fifty mate"),
        ],
        set(),
    ),
    (
        "gossip: a colleague's 'fancy man' (affair wording)",
        [
            (U, "just the stamps"),
            (C, "the girl on the post office counter has a fancy man you know"),
            (U, "has she"),
            (C, "hes married and all his wife has no idea"),
            (U, "blimey"),
        ],
        {"gossip"},
    ),
    (
        "gossip: a colleague drinking at work, in slang",
        [
            (U, "can i collect my watch"),
            (C, "sorry its not ready our repair man was half cut all week"),
            (U, "oh dear"),
            (C, "he likes a drink that one came in worse for wear again on monday"),
        ],
        {"gossip"},
    ),
    (
        "gossip: a colleague let go for gross misconduct",
        [
            (U, "is steve not in today"),
            (C, "no steve was let go for gross misconduct last week"),
            (U, "really"),
            (C, "yeah they marched him off the premises everyone saw"),
        ],
        {"gossip"},
    ),
    (
        "gossip: own drama — partner emptied the account, sofa surfing",
        [
            (U, "can i get a tea to take away"),
            (C, "sorry im all over the place my girlfriend emptied our account and left"),
            (U, "oh no"),
            (C, "im kipping on my mates sofa till i can make rent"),
            (U, "thats rough"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the customer's own drinking story, the cashier stays on the sale",
        [
            (U, "some paracetamol i was half cut at my sisters wedding"),
            (C, "sounds like a good do these are twelve for a pound"),
            (U, "it was i fell off the wagon big time"),
            (C, "hope you feel better soon"),
        ],
        set(),
    ),
    (
        "NOT gossip: the police and a colleague in a community notice",
        [
            (U, "just the bike lock"),
            (C, "our manager says police are doing free bike marking outside on saturday"),
            (U, "oh handy"),
            (C, "eighteen pounds please"),
        ],
        set(),
    ),
    (
        "repeat: whether they drove, asked again as where they parked",
        [
            (U, "my eye test is at three"),
            (C, "lovely did you drive here today"),
            (U, "no i got the bus"),
            (C, "take a seat the optician wont be long"),
            (U, "thanks"),
            (C, "and are you parked in the multi storey"),
            (U, "no the bus"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: what car, then where it is parked (two questions)",
        [
            (U, "wiper blades please"),
            (C, "what car is it for"),
            (U, "a corsa"),
            (C, "these ones then"),
            (U, "great"),
            (C, "are you parked out front i can fit them there"),
            (U, "yes"),
        ],
        set(),
    ),
    (
        "repeat: the deadline asked again as 'any rush on it'",
        [
            (U, "can you shorten these trousers"),
            (C, "when do you need them back"),
            (U, "thursday"),
            (C, "just the hem"),
            (U, "yes"),
            (C, "okay any rush on it"),
            (U, "thursday"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: when it is needed, then what it is needed for",
        [
            (U, "a roll of the strong tape"),
            (C, "when do you need it"),
            (U, "today"),
            (C, "we have plenty"),
            (U, "good"),
            (C, "what do you need it for"),
            (U, "moving house"),
        ],
        set(),
    ),
    (
        "repeat: the occasion, first asked after 'of course' and verbless",
        [
            (U, "can i order some balloons"),
            (C, "of course celebrating something"),
            (U, "our anniversary"),
            (C, "gold or silver"),
            (U, "gold"),
            (C, "lovely and is it a birthday"),
            (U, "no the anniversary"),
        ],
        {"repeated_question"},
    ),
    (
        "rushed: the shop's own products, raffle and review in one burst",
        [
            (U, "a sourdough loaf please"),
            (C, "have you tried our weekly recipe box", R),
            (U, "no", R),
            (C, "raffle tickets for the lifeboats are a pound", R),
            (U, "no thanks", R),
            (C, "and could you leave us a review online", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT rushed: the shop's own veg box mentioned once in a relaxed chat",
        [
            (U, "just the eggs"),
            (C, "have you heard about our veg box it comes on tuesdays"),
            (U, "i grow my own actually"),
            (C, "oh lovely what do you grow"),
            (U, "tomatoes and beans mostly and a few courgettes this year"),
            (C, "nice theyve done well in this heat"),
            (U, "they have"),
            (C, "two pounds forty want the receipt", 20.0),
        ],
        set(),
    ),
    # ---- heldout16 round: intent families, each with a "not" row --------------------
    (
        "repeat: the current supplier asked again as a statement ('youre with * at the minute yeah')",
        [
            (U, "i want a new sim deal"),
            (C, "sure who are you with at the moment"),
            (U, "o two"),
            (C, "how many minutes do you need roughly"),
            (U, "not many"),
            (C, "right and youre with ee at the minute yeah"),
            (U, "no o two"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: the supplier, then 'youre on holiday at the moment' (the slot is an intent of its own)",
        [
            (U, "i need faster broadband"),
            (C, "who are you with at the moment for broadband"),
            (U, "sky"),
            (C, "and how fast does it need to be"),
            (U, "fast we stream a lot"),
            (C, "so youre on holiday at the moment then"),
            (U, "yes for a week"),
        ],
        set(),
    ),
    (
        "repeat: who the flowers are for, first in the plural ('who are they for')",
        [
            (U, "six tulips please"),
            (C, "who are they for"),
            (U, "my sister"),
            (C, "any ribbon on them"),
            (U, "pink please"),
            (C, "and are they for anyone special"),
            (U, "my sister"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: who the flowers are for, then what they are for",
        [
            (U, "six tulips please"),
            (C, "who are they for"),
            (U, "my wife"),
            (C, "any card with them"),
            (U, "yes please"),
            (C, "and what are they for an anniversary"),
            (U, "yes thirty years"),
        ],
        set(),
    ),
    (
        "repeat: the size asked again as a choice of numbers ('a nine or a ten you take')",
        [
            (U, "these boots in brown please"),
            (C, "what size do you need"),
            (U, "a nine"),
            (C, "want to try them on"),
            (U, "yes please"),
            (C, "so is it a nine or a ten you take"),
            (U, "nine"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: the size, then which garment they are wearing (no number in the choice)",
        [
            (U, "a belt for a wedding"),
            (C, "what size are you"),
            (U, "a thirty four waist"),
            (C, "brown or black"),
            (U, "black"),
            (C, "and is it a suit or a blazer youre wearing"),
            (U, "a suit"),
        ],
        set(),
    ),
    (
        "gossip: one microphone, the manager slated, roles settled by a bare price ('four ninety nine')",
        [
            (U, "a tub of filler mate"),
            (C, "there you go sorry about the mess our new area manager is a right muppet"),
            (U, "ha"),
            (C, "and he only got the job cos hes seeing the owners daughter"),
            (U, "right"),
            (C, "four ninety nine"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: one microphone, a bare clock time ('two thirty') is no price, stock talk only",
        [
            (U, "when does the delivery come"),
            (C, "the manager said the van comes after lunch"),
            (U, "two thirty"),
            (C, "about then yeah"),
            (U, "ill come back"),
        ],
        set(),
    ),
    # ---- heldout18/19 round: staff grievances, order checks, follow-ups --------------
    (
        "gossip: the manager cuts the staff's hours and jets off on the back of it",
        [
            (U, "a loaf and the paper please"),
            (C, "sorry for the wait the manager cut our hours again"),
            (U, "oh"),
            (C, "yeah and hes jetting off to florida on the back of it"),
            (U, "right"),
            (C, "thats two pounds ten"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the manager and the rotas named to help a job seeker",
        [
            (U, "are you hiring at all"),
            (C, "the manager does the rotas ask her at the desk she might have saturday shifts"),
            (U, "great thanks"),
            (C, "no bother good luck"),
        ],
        set(),
    ),
    (
        "NOT gossip: one microphone, the customer gossips while the cashier checks the order ('was it just the…')",
        [
            (U, "that fella who just went out his wife left him you know"),
            (C, "oh i wouldnt know was it just the milk and the bread"),
            (U, "aye and i heard hes been seeing someone from the bingo"),
            (C, "not my business thats two pound forty"),
            (U, "ta"),
        ],
        set(),
    ),
    (
        "repeat: delivery settled, then asked again as 'dropped off'",
        [
            (U, "the washing machine please"),
            (C, "are you taking it with you or do you want it delivering"),
            (U, "delivered please"),
            (C, "lovely whats the postcode"),
            (U, "ls six two ab"),
            (C, "and you want it dropped off at home then yeah"),
            (U, "yes"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: delivery agreed, then what day to drop it off (a detail, not the same question)",
        [
            (U, "the washing machine please"),
            (C, "do you want it delivered"),
            (U, "yes please"),
            (C, "lovely"),
            (C, "and what day shall we have it dropped off"),
            (U, "friday"),
        ],
        set(),
    ),
    (
        "repeat: the customer says 'thats what we said' to a settled question asked again",
        [
            (U, "the sofa please"),
            (C, "is it going to the house"),
            (U, "yes please"),
            (C, "whats the postcode"),
            (U, "ls six"),
            (C, "and it needs to go to yours does it"),
            (U, "yes thats what we said"),
        ],
        {"repeated_question"},
    ),
    # ---- heldout20-22 round --------------------------------------------------------------
    (
        "gossip: a colleague 'got with' a married man, her mum 'doesnt know the half of it'",
        [
            (U, "just a file and a top coat please"),
            (C, "sally would normally do this but shes off every monday now"),
            (U, "oh is she alright"),
            (C, "shes fine she got with a lad from the pub and hes married with kids"),
            (U, "right"),
            (C, "her mum doesnt know the half of it anyway pop your hand here"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: a colleague named for a job she does on Mondays, one mild phrase",
        [
            (U, "can i book a fill in"),
            (C, "sally does those shes off every monday but tuesday works"),
            (U, "tuesday is great"),
            (C, "lovely two oclock then"),
        ],
        set(),
    ),
    (
        "gossip: the manager's favouritism ('his nephew', 'an absolute joke')",
        [
            (U, "just these two bottles"),
            (C, "sorry about the queue the manager gave all the good shifts to his nephew again"),
            (U, "oh"),
            (C, "honestly hes an absolute joke he cant even work the tills himself"),
            (U, "right"),
            (C, "thats thirty two pounds"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the manager's nephew named as the one who fits blinds",
        [
            (U, "do you fit these blinds"),
            (C, "we do the managers lad his nephew does the fitting on saturdays"),
            (U, "great can i book him"),
            (C, "course you can whats your postcode"),
        ],
        set(),
    ),
    (
        "gossip: a regular's unpaid slate and her son 'back inside'",
        [
            (U, "a pound of mince please"),
            (C, "you just missed mrs dobbs shes still not settled her slate from christmas"),
            (U, "oh"),
            (C, "and her son is back inside again everyone on that road knows"),
            (U, "i wouldnt know"),
            (C, "that is four pound twenty"),
        ],
        {"gossip"},
    ),
    (
        "repeat: the trade account settled, then 'paying by card then is it'",
        [
            (U, "ten lengths of four by two"),
            (C, "is that going on the account"),
            (U, "yes on the account for baker builders"),
            (C, "ill get the lad to bring it round"),
            (U, "cheers"),
            (C, "so youll be paying by card for this lot then is it"),
            (U, "no the account"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: on the account, then the account's name (a different question)",
        [
            (U, "ten lengths of four by two"),
            (C, "is that going on the account"),
            (U, "yes please"),
            (C, "ill get the lad to bring it round"),
            (U, "cheers"),
            (C, "and whats the name on the account"),
            (U, "baker builders"),
        ],
        set(),
    ),
    (
        "NOT rushed: the loyalty card asked again after 'sorry what', then help packing and a receipt",
        [
            (C, "have you got a loyalty card to scan", R),
            (U, "sorry what", R),
            (C, "do you have one of our points cards", R),
            (U, "oh yeah here", R),
            (C, "do you need any help packing", R),
            (U, "no im alright", R),
            (C, "do you need a receipt", R),
            (U, "yes please", R),
        ],
        set(),
    ),
    (
        "rushed: a store card asked again after 'sorry', then the app and the email anyway",
        [
            (U, "just these socks"),
            (C, "do you have our store card", R),
            (U, "sorry", R),
            (C, "our store card have you got one", R),
            (U, "no", R),
            (C, "have you downloaded our app its ten percent off", R),
            (C, "and can i take your email for offers", R),
            (U, "no", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "rushed: one microphone, two offers back to back from the cashier, the shop's voice settles roles",
        [
            (U, "just this head torch"),
            (C, "do you need batteries for that", R),
            (U, "no", R),
            (C, "want the two year cover on it", R),
            (C, "and have you downloaded our app its ten percent off", R),
            (U, "nope", R),
            (C, "whats your postcode", R),
            (U, "er", R),
            (C, "we are also doing two for one on gas canisters want any", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT rushed: one microphone, the customer names the app and their card ('ive got your app')",
        [
            (U, "ive got your app on my phone can i use it"),
            (C, "yes just scan it there"),
            (U, "and i have my store card too"),
            (C, "lovely that's gone through"),
            (U, "my email should be on it"),
            (C, "it is yes here you go"),
        ],
        set(),
    ),
    (
        "gossip: one microphone, a colleague's marriage, roles from 'lovely choice' and 'book you in'",
        [
            (C, "so thats the ivory one with the lace sleeves lovely choice"),
            (U, "thank you im so relieved"),
            (C, "our seamstress will do the alterations though shes in a right state this week"),
            (U, "oh is she okay"),
            (C, "her husband has been seeing someone from his work for a year"),
            (U, "oh gosh"),
            (C, "anyway let me book you in for the first fitting"),
        ],
        {"gossip"},
    ),
    # ---- heldout23-25 round: habit sketches, dialect, frequency; split turns on one microphone
    (
        "gossip: a regular's habits sketched ('in here every single morning', 'hasnt worked a day in his life')",
        [
            (U, "just the paracetamol please"),
            (C, "see the fella before you hes in here every single morning for the same thing"),
            (U, "oh right"),
            (
                C,
                "always pays with a fifty and he hasnt worked a day in his life god knows where he gets it",
            ),
            (U, "hm"),
            (C, "thats three pounds twenty"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: a regular remembered fondly ('in here every morning for his paper')",
        [
            (U, "is the paper in"),
            (C, "it is old jim is in here every morning for his so we always get plenty"),
            (U, "lovely"),
            (C, "one twenty please"),
        ],
        set(),
    ),
    (
        "gossip: a neighbour's visitors while his wife works nights ('different woman', 'his poor wife')",
        [
            (U, "a box of the fudge please"),
            (
                C,
                "the chap next door to me is an odd one a different woman on his drive every weekend",
            ),
            (U, "oh"),
            (C, "and his poor wife works nights shes got no idea"),
            (U, "right"),
            (C, "anyway thats eight pounds"),
        ],
        {"gossip"},
    ),
    (
        "gossip: a colleague expecting again and not telling the boss ('hit the roof')",
        [
            (U, "just the paper"),
            (C, "our kerry is expecting again shes not told the boss yet"),
            (U, "oh"),
            (C, "hell hit the roof shes only just back off the last one"),
            (U, "ha"),
            (C, "one eighty then"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the cashier's own good news ('my sister is expecting again')",
        [
            (U, "a card for a new baby please"),
            (C, "ooh my sister is expecting again so i bought the same one"),
            (U, "congratulations"),
            (C, "thank you two fifty please"),
        ],
        set(),
    ),
    (
        "gossip: own drama in patois ('mi landlord', 'two month behind pon di rent')",
        [
            (U, "two patties please"),
            (
                C,
                "mi stress out today mi landlord threaten fi put mi out cause mi two month behind pon di rent",
            ),
            (U, "sorry to hear that"),
            (C, "and mi baby father nah send one penny since christmas"),
            (U, "ah man"),
            (C, "six pound twenty"),
        ],
        {"gossip"},
    ),
    (
        "gossip: the boss in a foul mood over stock flogged off the books",
        [
            (U, "ten kilo of rice please"),
            (C, "dont mind the shouting the boss has been in a foul mood all week"),
            (U, "oh"),
            (
                C,
                "hes been flogging stock off the van nothing through the books and now it doesnt add up",
            ),
            (U, "right"),
            (C, "forty two sixty"),
        ],
        {"gossip"},
    ),
    (
        "repeat: how often, asked again as the gap left between visits",
        [
            (U, "can i book her next groom"),
            (C, "how often do you bring her"),
            (U, "every six weeks"),
            (C, "ive got the fourteenth"),
            (U, "fine"),
            (C, "and what sort of gap do you usually leave between visits"),
            (U, "six weeks"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: how often they walk him, then how long each walk is",
        [
            (U, "a lead for my spaniel"),
            (C, "how often do you walk him"),
            (U, "twice a day"),
            (C, "this one is good for pulling"),
            (U, "great"),
            (C, "and how long are the walks"),
            (U, "an hour"),
        ],
        set(),
    ),
    (
        "repeat: collection agreed, then 'picking it up or brought round'",
        [
            (U, "a large pepperoni"),
            (C, "is that for collection"),
            (U, "yeah collection"),
            (C, "name for the order"),
            (U, "dan"),
            (C, "and are you picking it up or do you want it brought round"),
            (U, "picking it up"),
        ],
        {"repeated_question"},
    ),
    (
        "repeat: how many they are feeding, asked again as 'how manys coming'",
        [
            (U, "a rolled brisket please"),
            (C, "how many you feeding"),
            (U, "eight of us"),
            (C, "this ones about two kilo"),
            (U, "perfect"),
            (C, "how manys coming then"),
            (U, "eight"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: how many they are feeding, then how many sausages",
        [
            (U, "a rolled brisket please"),
            (C, "how many you feeding"),
            (U, "eight of us"),
            (C, "lovely"),
            (U, "and some sausages"),
            (C, "how many sausages do you want"),
            (U, "a dozen"),
        ],
        set(),
    ),
    (
        "repeat: the pump asked again as 'which ones yours out there'",
        [
            (C, "hiya which pump are you on"),
            (U, "four"),
            (C, "anything else with the fuel"),
            (U, "just this coffee"),
            (C, "and which ones yours out there"),
            (U, "four"),
        ],
        {"repeated_question"},
    ),
    (
        "gossip: one microphone, the cashier says two turns in a row before the gossip",
        [
            (C, "find everything you needed"),
            (U, "yeah just these screws"),
            (C, "seven forty two please"),
            (U, "cash"),
            (C, "daves not in today if you were looking for him"),
            (C, "hes had the bailiffs round again poor sod they took his van on friday"),
            (U, "oh dear"),
            (C, "he owes half of us in here money and his missus doesnt know the half of it"),
            (U, "right"),
            (C, "fifty eight p change there you go"),
        ],
        {"gossip"},
    ),
    (
        "repeat: one microphone, a split cashier turn does not swap the roles before the repeat",
        [
            (C, "morning what can i get you"),
            (U, "can i have a bag of compost please"),
            (C, "where are you off to on your holidays"),
            (U, "cornwall for a week"),
            (C, "lovely part of the world that"),
            (C, "do you want the peat free one or the normal"),
            (U, "peat free"),
            (C, "so where are you heading this summer then"),
            (U, "cornwall"),
        ],
        {"repeated_question"},
    ),
    # ---- heldout26-27 round ------------------------------------------------------------
    (
        "gossip: a colleague signed off but out dancing, the boss has had a letter about her",
        [
            (U, "two pasties please"),
            (C, "you wont see our tina this week shes signed off with her back"),
            (U, "oh"),
            (
                C,
                "she was up dancing on the tables at the club saturday mind and its not the first time",
            ),
            (U, "right"),
            (C, "three pound ten"),
        ],
        {"gossip"},
    ),
    (
        "gossip: the manager lets his mates in for nothing and blames the staff",
        [
            (U, "two for the late one"),
            (C, "our manager lets his mates in for nothing every week"),
            (U, "oh"),
            (C, "and then he has a go at us when the till comes up short"),
            (U, "right"),
            (C, "thats eighteen pounds"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the manager lets children in for nothing on Tuesdays (one phrase, an offer)",
        [
            (U, "two adults and a child"),
            (C, "our manager lets kids in for nothing on tuesdays if you fancy coming back"),
            (U, "oh nice"),
            (C, "thats twenty pounds today then"),
        ],
        set(),
    ),
    (
        "gossip: flowers not from her husband while he is on nights ('make of that what you like')",
        [
            (U, "a bunch of the tulips please"),
            (C, "the woman over the road gets roses every week and theyre not from her husband"),
            (U, "oh"),
            (C, "hes on nights and the car stays till morning so make of that what you like"),
            (U, "right"),
            (C, "eight pounds please"),
        ],
        {"gossip"},
    ),
    (
        "repeat: the platform asked again as 'what console are you playing it on'",
        [
            (U, "the new racing game"),
            (C, "is that for the xbox or the playstation"),
            (U, "xbox"),
            (C, "it comes with a free poster"),
            (U, "nice"),
            (C, "and what console are you playing it on"),
            (U, "xbox"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: which console, then which game (two questions)",
        [
            (U, "a game for my son"),
            (C, "is that for the xbox or the playstation"),
            (U, "playstation"),
            (C, "lovely"),
            (U, "something with cars"),
            (C, "and which game did he like last"),
            (U, "the football one"),
        ],
        set(),
    ),
    (
        "repeat: the length of fabric asked again as 'what length off the roll'",
        [
            (U, "the blue cotton please"),
            (C, "how many metres shall i cut"),
            (U, "four"),
            (C, "its a lovely colour"),
            (U, "its for cushions"),
            (C, "and what length did you want off the roll"),
            (U, "four"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: near the front, asked again after 'sorry' as near the screen",
        [
            (C, "which film is it"),
            (U, "the late one please"),
            (C, "do you want to sit near the front"),
            (U, "sorry"),
            (C, "near the screen or further back"),
            (U, "back please"),
        ],
        set(),
    ),
    (
        "rushed: one microphone, three offers in a row from one person, one of them turn order reads as the customer's",
        [
            (C, "just the controller today"),
            (U, "yep"),
            (C, "you want the two year care plan on that its only nine ninety nine"),
            (C, "weve got the headset half price if you get it with the controller"),
            (C, "have you got a rewards card with us"),
            (U, "nah"),
            (C, "fifty four ninety nine then"),
        ],
        {"rushed_upsell"},
    ),
    # ---- heldout28-29 round ------------------------------------------------------------
    (
        "gossip: a regular's health and a family rift ('had a turn', 'not spoken to him in years')",
        [
            (U, "a gas canister please"),
            (C, "old frank was in for one earlier"),
            (U, "oh"),
            (
                C,
                "he had a turn last month his heart they reckon and his son has not spoken to him in years",
            ),
            (U, "right"),
            (C, "twelve fifty"),
        ],
        {"gossip"},
    ),
    (
        "repeat: the phone asked again as 'which model'",
        [
            (U, "my screen is cracked"),
            (C, "what phone is it"),
            (U, "a pixel seven"),
            (C, "about an hour for screens"),
            (U, "fine"),
            (C, "and which model are we talking about"),
            (U, "pixel seven"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT a repeat: which phone, then which colour case (two questions)",
        [
            (U, "a case please"),
            (C, "what phone is it"),
            (U, "a pixel seven"),
            (C, "we have a few"),
            (U, "great"),
            (C, "and which colour would you like"),
            (U, "black"),
        ],
        set(),
    ),
    (
        "repeat: the group size asked again with 'remind me how many are in your group'",
        [
            (C, "are you booked in for the lesson"),
            (U, "yes"),
            (C, "how many of you today"),
            (U, "three of us"),
            (C, "lovely weve got boards ready"),
            (C, "and remind me how many are in your group"),
            (U, "three"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT gossip: one microphone, the customer gossips and the cashier says 'thats his business'",
        [
            (U, "have you seen what the fella at the garage has done"),
            (C, "cant say i have anything else for you"),
            (U, "his wife threw him out hes sleeping in his van"),
            (C, "mm thats his business"),
            (C, "bread and milk then"),
            (U, "yes"),
            (C, "if you like spicy ask jo she makes a lovely chutney"),
            (U, "oh nice"),
            (C, "four pound twenty"),
        ],
        set(),
    ),
    # ---- heldout30-31 round ------------------------------------------------------------
    (
        "gossip: the owner skimming off the till, stock ending up in his boot",
        [
            (U, "ten of the mint pods"),
            (C, "the owner put the prices up again without telling us"),
            (U, "oh"),
            (C, "hes skimming off the till and half the stock ends up in his boot"),
            (U, "right"),
            (C, "twelve pound please"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the owner mentioned for a price change, nothing private",
        [
            (U, "ten of the mint pods"),
            (C, "the owner put the prices up again last week sorry"),
            (U, "oh well"),
            (C, "twelve pound please"),
        ],
        set(),
    ),
    # ---- round 16 (heldout32/33 first-run misses and false nudges) ------------------------
    (
        "NOT rushed: one loyalty offer put three ways in one breath, after a relaxed chat",
        [
            (U, "a bottle to go with roast lamb please"),
            (C, "this one is lovely with lamb its twenty two dollars"),
            (U, "perfect ill take it"),
            (C, "are you signed up for our rewards by the way youd get points on this", R),
            (U, "no im good thanks", R),
            (C, "no problem thats twenty four eighty six", R),
        ],
        set(),
    ),
    (
        "rushed: the rewards card put two ways, then an app and a donation in the same burst",
        [
            (U, "just the trainers"),
            (C, "are you a member of our rewards club you get points on every pair", R),
            (U, "no", R),
            (C, "have you got our app", R),
            (U, "no", R),
            (C, "round up for the hospice", R),
            (U, "no thanks", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT rushed: news that the customer's own eggs are on sale, with one card question",
        [
            (U, "just these"),
            (C, "do you have your points card", R),
            (U, "here", R),
            (C, "your eggs are on sale this week so that was a good buy", R),
            (U, "oh good", R),
            (C, "want to round up for the food bank", R),
            (U, "go on then", R),
        ],
        set(),
    ),
    (
        "rushed: a deal on other stock offered, with the card and the email",
        [
            (U, "just these"),
            (C, "do you have your points card", R),
            (U, "here", R),
            (C, "the eggs are on sale this week want a dozen", R),
            (U, "no", R),
            (C, "and can i get your email for the receipt", R),
            (U, "no", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "rushed: add-ons to a booking, insurance and a round-up for charity",
        [
            (U, "one foot passenger to the island coming back friday"),
            (C, "would you like to add lounge access its eighteen pound", R),
            (U, "no", R),
            (C, "priority boarding is another five", R),
            (U, "no", R),
            (C, "and would you like to round it up for the lifeboats", R),
            (U, "no", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "gossip: a colleague's affair insinuated, never said (wedding band, do the math)",
        [
            (U, "a flat white please"),
            (C, "coming up see the lad on the coffee machine"),
            (U, "yeah"),
            (C, "him and the girl from the bakery van keep sneaking off out the back together"),
            (C, "and he has a wedding band on so do the maths"),
            (U, "right"),
            (C, "three twenty please"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: 'do the maths' about the customer's own offer",
        [
            (U, "is the big tub better value"),
            (C, "the big one is twice the size for a pound more so do the maths"),
            (U, "fair enough ill take the big one"),
            (C, "four fifty please"),
        ],
        set(),
    ),
    (
        "gossip: the owner's unpaid suppliers and two sets of books",
        [
            (U, "twenty on pump two"),
            (C, "sure the owner was in earlier in a foul mood"),
            (U, "oh"),
            (C, "from what i hear he keeps two sets of books and the lads havent seen a paycheck in a month"),
            (U, "okay"),
            (C, "twenty pound then"),
        ],
        {"gossip"},
    ),
    (
        "gossip: the cashier's own break-up fallout, the listener reacts",
        [
            (U, "just the milk"),
            (C, "sorry im all over the place today"),
            (U, "no worries"),
            (C, "my girlfriend found the texts and threw all my stuff out on the front lawn"),
            (U, "geez"),
            (C, "so im sleeping on my brothers couch for now anyway one twenty"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the customer's own news, the cashier says 'no way' kindly",
        [
            (U, "were moving to the coast next week"),
            (C, "no way thats lovely"),
            (U, "we cant wait"),
            (C, "eight forty then good luck with the move"),
        ],
        set(),
    ),
    (
        "repeated: the loyalty card asked again as 'collecting points today', customer says they already gave it",
        [
            (C, "have you got one of our club cards"),
            (U, "yes here on my phone"),
            (C, "lovely and do you need a bag"),
            (U, "no ive got one"),
            (C, "and are you collecting points today"),
            (U, "i already gave you my card"),
            (C, "oh sorry yes thats nineteen forty"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT repeated: a card question answered 'no', then the offer to join and collect points",
        [
            (C, "do you have one of our rewards cards"),
            (U, "no i dont"),
            (C, "would you like to sign up you collect points on every shop"),
            (U, "no thanks"),
            (C, "thats twelve pounds"),
        ],
        set(),
    ),
    (
        "repeated: how many cats, then 'more than one kitty' after the answer",
        [
            (C, "how many cats have you got at home"),
            (U, "just the one shes twelve"),
            (C, "this one is good for older stomachs"),
            (U, "thats why i get it"),
            (C, "and are you feeding more than one kitty with this"),
            (U, "just the one"),
        ],
        {"repeated_question"},
    ),
    (
        "repeated: staying at the hotel, then 'just in town for the day'",
        [
            (C, "are you staying here at the hotel"),
            (U, "we are until sunday"),
            (C, "shall i charge it to the room"),
            (U, "yes please"),
            (C, "so are you just in town for the day then"),
            (U, "no were staying here"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT repeated: staying at the hotel, then how many nights (a different question)",
        [
            (C, "are you staying here at the hotel"),
            (U, "we are"),
            (C, "lovely shall i charge it to the room"),
            (U, "yes please"),
            (C, "and how many nights are you with us"),
            (U, "three"),
        ],
        set(),
    ),
    (
        "repeated: which operator, then which company the sim is from",
        [
            (U, "recharge for this number please"),
            (C, "which operator"),
            (U, "jio"),
            (C, "which plan the monthly or the yearly"),
            (U, "monthly"),
            (C, "and your sim is from which company"),
            (U, "i told na"),
        ],
        {"repeated_question"},
    ),
    # ---- round 17 (heldout34/35 first-run misses) ------------------------------------------
    (
        "gossip: a colleague's lifts home from a married man, the whole village watching",
        [
            (U, "a pint of milk and the paper"),
            (C, "you know morag who does the sundays"),
            (U, "i do"),
            (C, "the postie drops her home every night and him with a wife over in the next glen"),
            (C, "his van is outside till all hours the whole village is watching"),
            (U, "mm"),
            (C, "two pound ten please"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: the cashier's wife at home likes the same biscuits",
        [
            (U, "just these biscuits"),
            (C, "good choice my wife at home cant get enough of them"),
            (U, "ha theyre lovely"),
            (C, "one sixty please"),
        ],
        set(),
    ),
    (
        "gossip: a neighbour never sober, the bank after his land, said as talk",
        [
            (U, "ten litres of diesel and a bag of nuts"),
            (C, "you know old seamus up the hill"),
            (U, "a bit"),
            (C, "hasnt been sober since the wife passed and theres talk the bank are after the farm"),
            (U, "right"),
            (C, "twenty two forty"),
        ],
        {"gossip"},
    ),
    (
        "gossip: the cashier's own row, a partner smelling of someone else's perfume",
        [
            (U, "thirty on pump two"),
            (C, "sorry im all over the shop me and my fella got into it again last night"),
            (U, "oh no"),
            (C, "he rolled in at three smelling of someone elses perfume so his stuff is going out in bin bags"),
            (U, "right"),
            (C, "thirty pound then"),
        ],
        {"gossip"},
    ),
    (
        "gossip: a previous customer's money insinuated (a different car every week)",
        [
            (U, "the hair oil please"),
            (C, "you see the lady who just left"),
            (U, "not really"),
            (C, "every week a different car drops her off and she doesnt work so you know where the money comes from"),
            (U, "okay"),
            (C, "nine fifty please"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: where the money comes from, about the shop's own charity tin",
        [
            (U, "ill put a pound in the tin"),
            (C, "thank you everyone asks where the money goes it all goes to the hospice"),
            (U, "good"),
            (C, "thats four twenty with the bread"),
        ],
        set(),
    ),
    (
        "rushed: offers in words no list has, each refused outright (the refusal shows the offer)",
        [
            (U, "just the paper and the milk"),
            (C, "weve the local jam in from the farm the big jar is four pound", R),
            (U, "im grand", R),
            (C, "and the lads are selling tickets for the cup run at a fiver each", R),
            (U, "no thanks", R),
            (C, "you could have the paper left at your door every morning", R),
            (U, "not today", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT rushed: one offer refused, then 'anything else?' refused, then a question answered",
        [
            (U, "just the paper and the milk"),
            (C, "weve the local jam in from the farm the big jar is four pound", R),
            (U, "im grand", R),
            (C, "anything else for you today", R),
            (U, "no thanks", R),
            (C, "is that card or cash", R),
            (U, "card", R),
        ],
        set(),
    ),
    (
        "NOT rushed: three plain yes/no questions answered 'no' in a quick exchange",
        [
            (U, "a prescription for smith"),
            (C, "have you had these tablets before", R),
            (U, "no", R),
            (C, "are you taking anything else at the moment", R),
            (U, "no", R),
            (C, "any allergies at all", R),
            (U, "no", R),
            (C, "lovely thats nine ninety", R),
        ],
        set(),
    ),
    (
        "NOT repeated: the order said again to refuse an offer ('just the eggs')",
        [
            (C, "Afternoon. Find everything alright?"),
            (U, "Yes, just these eggs and a loaf."),
            (C, "The eggs are from the farm up the lane."),
            (U, "Oh nice."),
            (C, "Can I put your email down for our newsletter?"),
            (U, "Just the eggs, please."),
            (C, "Five pound sixty, then."),
        ],
        set(),
    ),
    (
        "repeated: posting it home offered again as having it sent on",
        [
            (U, "id like the blue bowl please"),
            (C, "would you like us to post it home for you or are you taking it"),
            (U, "well take it with us weve the car"),
            (C, "right ill wrap it well where are you staying"),
            (U, "a cottage in the village"),
            (C, "shall i arrange to have it sent on so youre not carrying it about"),
            (U, "no well manage"),
        ],
        {"repeated_question"},
    ),
    (
        "repeated: 'come far today' then 'a long old drive to get here'",
        [
            (C, "evening checking in"),
            (U, "yes two nights under pritchard"),
            (C, "lovely have you come far today"),
            (U, "from cardiff about two hours"),
            (C, "could i take a card for any extras"),
            (U, "here you go"),
            (C, "and was it a long old drive for you to get here"),
            (U, "not too bad"),
        ],
        {"repeated_question"},
    ),
    (
        "repeated: pepper sauce, then 'you like them with a little heat' (auxiliary dropped)",
        [
            (U, "two fish cutters please"),
            (C, "you want pepper sauce in the cutters"),
            (U, "no pepper please"),
            (C, "and anything to drink"),
            (U, "a mauby"),
            (C, "you like them with a little heat in them"),
            (U, "no no pepper at all"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT repeated: one microphone, a price taken for an answer ('the cut is forty cedis')",
        [
            (C, "my guy how far you are looking sharp"),
            (U, "thanks chale how much"),
            (C, "the cut is forty cedis"),
            (C, "take this beard oil its fifty the one the footballers use"),
            (U, "no"),
            (C, "register your number for the card your sixth cut is free"),
            (U, "later"),
            (C, "and the aftershave spray twenty cedis you want one"),
            (U, "just the cut"),
            (C, "okay forty cedis momo or cash"),
        ],
        set(),
    ),
    # ---- round 18 (heldout36/37 first-run misses) ------------------------------------------
    (
        "gossip: 'I shouldn't say anything, but' the owner pays staff out of the drawer",
        [
            (U, "just the furnace filters"),
            (C, "they rang up at twenty four ninety nine not the nineteen on the shelf"),
            (U, "oh"),
            (C, "i shouldnt say anything but the owner moves the tags and half of us get paid in cash out of the drawer"),
            (U, "huh"),
            (C, "with the fix thats twenty one forty"),
        ],
        {"gossip"},
    ),
    (
        "NOT gossip: 'let's just say' about the customer's own purchase",
        [
            (U, "will this shovel do for the driveway"),
            (C, "lets just say you wont need another one this winter"),
            (U, "sold"),
            (C, "thirty nine ninety nine"),
        ],
        set(),
    ),
    (
        "gossip: the manager's favourites and the tip jar, 'don't get me started'",
        [
            (U, "a flat white please"),
            (C, "sorry its slow were two down the manager gives all the good shifts to his mate"),
            (U, "ah thats rough"),
            (C, "dont get me started he helps himself from the tip jar at cash up"),
            (U, "mm"),
            (C, "three sixty five please"),
        ],
        {"gossip"},
    ),
    (
        "repeated: the customer said which machine unasked, then is asked which machine",
        [
            (C, "what can i do for you"),
            (U, "i need a drive belt im running a polaris switchback the eight hundred"),
            (C, "factory or aftermarket"),
            (U, "aftermarket is fine"),
            (C, "need anything else while im in the back"),
            (U, "some spark plugs too"),
            (C, "now which machine are these going on"),
            (U, "the switchback"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT repeated: the order said again in reply to 'anything else'",
        [
            (C, "morning what can i get you"),
            (U, "hi a flat white and an almond croissant for here"),
            (C, "lovely they came out of the oven ten minutes ago"),
            (U, "perfect"),
            (C, "anything else for you"),
            (U, "no just the flat white and the croissant"),
        ],
        set(),
    ),
    (
        "NOT repeated: a word of the customer's own gossip turns up in a later answer",
        [
            (C, "morning lovely day for it"),
            (U, "the woman next door says her husband goes down the pub every night"),
            (C, "ha well are you having a picnic with this"),
            (U, "yeah up on the downs"),
        ],
        set(),
    ),
    (
        "NOT repeated: what size shoe, then what size her head is (skates, then a helmet)",
        [
            (U, "my daughter needs skates and a helmet"),
            (C, "great what size shoe does she wear"),
            (U, "a youth thirteen"),
            (C, "okay so a youth twelve in skates"),
            (U, "right"),
            (C, "and what size is her head do you know"),
            (U, "probably small shes seven"),
        ],
        set(),
    ),
    (
        "repeated: her shoe size asked again after the answer",
        [
            (U, "my daughter needs skates"),
            (C, "what size shoe does she wear"),
            (U, "a youth thirteen"),
            (C, "these ones are good for beginners"),
            (U, "great"),
            (C, "and what shoe size is she in"),
            (U, "thirteen like i said"),
        ],
        {"repeated_question"},
    ),
    (
        "repeated: eating here, then asked if it's in a box to carry or sitting down with it",
        [
            (U, "a large curry goat and rice please"),
            (C, "you eating here or taking it home"),
            (U, "eating here"),
            (C, "spicy or mild"),
            (U, "spicy"),
            (C, "safe so is that in a box to carry or you sitting down with it"),
            (U, "sitting down bruv"),
        ],
        {"repeated_question"},
    ),
    (
        "repeated: what's wrong with the phone, then what we're fixing on it today",
        [
            (C, "alright whats wrong with it"),
            (U, "screens smashed i dropped it at the bus stop"),
            (C, "whats the model"),
            (U, "samsung a fifty three"),
            (C, "we got the part its about an hour"),
            (U, "cool"),
            (C, "so what we actually fixing on it today"),
            (U, "the screen its cracked"),
        ],
        {"repeated_question"},
    ),
    (
        "NOT repeated: what's wrong with it, then which model (two questions)",
        [
            (C, "alright whats wrong with it"),
            (U, "screens smashed"),
            (C, "sorry about that which model is it"),
            (U, "samsung a fifty three"),
            (C, "we got the part its about an hour"),
        ],
        set(),
    ),
    (
        "rushed: a meal deal, 'you got the card you scanning it', a quid for the food bank",
        [
            (U, "just this sandwich"),
            (C, "want a drink and crisps with that its three ninety all in", R),
            (U, "nah", R),
            (C, "you got the card you scanning it", R),
            (U, "no", R),
            (C, "you can chuck a quid in for the food bank as well", R),
            (U, "just the sandwich please", R),
        ],
        {"rushed_upsell"},
    ),
    (
        "NOT repeated: 'I told you' about the weather, answering no question",
        [
            (C, "morning whats it doing out there"),
            (U, "pouring"),
            (C, "they said it would clear by lunch"),
            (U, "i told you it wouldnt"),
            (C, "three forty please"),
        ],
        set(),
    ),
]


@pytest.mark.parametrize(("turns", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_detectors_with_roles(turns, expected, make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    nudges = coach_run(make_dialogue(turns))
    assert {n.kind for n in nudges} == expected


#: Cases where the engine must stay just as right without roles (one microphone).
UNKNOWN_ROLE_IDS = [
    "NOT repeated: one microphone, a price taken for an answer ('the cut is forty cedis')",
    "NOT repeated: the order said again to refuse an offer ('just the eggs')",
    "gossip: previous customer's drinking and debts",
    "gossip: slander about the manager",
    "repeat: afternoon off, asked again in other words",
    "rushed: add-ons, deal, store card and email back to back",
    "NOT gossip: the customer gossips, the cashier deflects",
    "NOT a repeat: the customer asks their own question twice",
    "NOT rushed: one tailored recommendation",
    "NOT a repeat: asked again because the customer did not hear",
    "gossip: dialect third party ('ye', 'your one'), looks and drink driving",
    "gossip: cashier's own court case and custody fight",
    "repeat: dropped auxiliary ('you doing anything…') then 'any plans'",
    "repeat: the phone's pin asked again as the code to unlock it",
    "rushed: American checklist — rewards, zip code, round-up, survey",
    "NOT rushed: one tailored remark about a free refill",
    "NOT a repeat: different questions of the same shape about a car",
    "repeat: the customer says 'like I said' though the recogniser mangled both questions",
    "NOT a repeat: 'like I said' to a remark, not a question",
    "NOT a repeat: 'what kind of paint' then 'what kind of brush'",
    "repeat: the occasion asked again as what the cake is for",
    "gossip: one sentence, a colleague's affair (strong topic)",
    "NOT a repeat: the customer answers with a participle ('taking it away')",
    "gossip: the customer's request comes first ('can you…'), one microphone",
    "gossip: one private remark about a neighbour, the customer is shocked",
    "NOT gossip: the customer says 'oh no' to news about stock, a colleague named",
    "gossip: the boss in slang ('gaffer'), skiving on company time",
    "NOT gossip: the boss in slang, only about stock",
    "gossip: own drama — partner emptied the account, sofa surfing",
    "NOT gossip: the customer's own drinking story, the cashier stays on the sale",
    "repeat: whether they drove, asked again as where they parked",
    "NOT a repeat: what car, then where it is parked (two questions)",
    "repeat: the deadline asked again as 'any rush on it'",
    "rushed: the shop's own products, raffle and review in one burst",
    "repeat: the current supplier asked again as a statement ('youre with * at the minute yeah')",
    "NOT a repeat: the supplier, then 'youre on holiday at the moment' (the slot is an intent of its own)",
    "repeat: who the flowers are for, first in the plural ('who are they for')",
    "NOT a repeat: who the flowers are for, then what they are for",
    "repeat: the size asked again as a choice of numbers ('a nine or a ten you take')",
    "NOT a repeat: the size, then which garment they are wearing (no number in the choice)",
    "gossip: one microphone, the manager slated, roles settled by a bare price ('four ninety nine')",
    "NOT gossip: one microphone, a bare clock time ('two thirty') is no price, stock talk only",
    "gossip: the manager cuts the staff's hours and jets off on the back of it",
    "NOT gossip: the manager and the rotas named to help a job seeker",
    "NOT gossip: one microphone, the customer gossips while the cashier checks the order ('was it just the…')",
    "repeat: delivery settled, then asked again as 'dropped off'",
    "NOT a repeat: delivery agreed, then what day to drop it off (a detail, not the same question)",
    "repeat: the customer says 'thats what we said' to a settled question asked again",
    "gossip: a regular's unpaid slate and her son 'back inside'",
    "NOT rushed: the loyalty card asked again after 'sorry what', then help packing and a receipt",
    "rushed: a store card asked again after 'sorry', then the app and the email anyway",
    "rushed: one microphone, two offers back to back from the cashier, the shop's voice settles roles",
    "NOT rushed: one microphone, the customer names the app and their card ('ive got your app')",
    "gossip: one microphone, a colleague's marriage, roles from 'lovely choice' and 'book you in'",
    "gossip: one microphone, the cashier says two turns in a row before the gossip",
    "repeat: one microphone, a split cashier turn does not swap the roles before the repeat",
    "gossip: a regular's habits sketched ('in here every single morning', 'hasnt worked a day in his life')",
    "NOT gossip: a regular remembered fondly ('in here every morning for his paper')",
    "repeat: how often, asked again as the gap left between visits",
    "rushed: one microphone, three offers in a row from one person, one of them turn order reads as the customer's",
    "NOT a repeat: near the front, asked again after 'sorry' as near the screen",
    "gossip: a regular's health and a family rift ('had a turn', 'not spoken to him in years')",
    "repeat: the phone asked again as 'which model'",
    "NOT a repeat: which phone, then which colour case (two questions)",
    "NOT gossip: one microphone, the customer gossips and the cashier says 'thats his business'",
]


@pytest.mark.parametrize("case_id", UNKNOWN_ROLE_IDS)
def test_detectors_without_roles(case_id, make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    _, turns, expected = next(c for c in CASES if c[0] == case_id)
    nudges = coach_run(make_dialogue(turns, keep_roles=False))
    assert {n.kind for n in nudges} == expected


def test_only_cashier_speech_triggers(make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    """The customer overshares and fires offers at the cashier: no nudge at all."""
    turns = [
        (U, "between you and me my neighbour is cheating on his wife with the vicar and hes skint"),
        (C, "oh dear anything else for you"),
        (U, "have you got a store card and a loyalty app and do you do a discount on bulk", R),
        (C, "we do not sorry", R),
    ]
    assert coach_run(make_dialogue(turns)) == []


def test_evidence_and_message(make_dialogue, coach_run, rules):  # type: ignore[no-untyped-def]
    _, turns, _ = CASES[0]
    [nudge] = coach_run(make_dialogue(turns))
    assert nudge.kind == "gossip"
    assert nudge.conversation == "t1"
    assert nudge.message == rules.gossip.kind.message
    assert len(nudge.message) <= 60
    assert nudge.severity == "warning"
    assert any("steaming drunk" in u.text for u in nudge.evidence)
    assert all(u.speaker == C for u in nudge.evidence)


#: Ordinary cashier talk that uses words from the lexicons in a harmless sense.
BENIGN = [
    "youll want the big drill bit for that the man at the builders merchant told me the cheap ones are useless",
    "the man from the gas board said the boiler is fine it was just the pressure",
    "this one is reduced because the box is damaged the lady who ordered it cancelled",
    "my colleague swears by this for hangovers he says its a lifesaver after a night out",
    "is your husband still on tablets for his heart if so these are fine with them",
    "the drama section is upstairs the lady who runs the book club recommends this one",
    "apparently its going to rain all weekend so the umbrellas have been flying out",
    "between you and me the own brand is just as good and half the price",
    "the supervisor on nights will ring you when the court shoes come in",
    "our manager says the fat free yoghurt is back in stock tomorrow",
    "the old fella from number six buys this every week and swears its the best",
    "the lad on the tills will help you carry it to the car",
    "can i take the date of birth for the prescription please",
    "mrs patel ordered the same one last week she says it fits her dog perfectly",
    "the couple who live above the shop always buy this one for their boat",
    "the lads in the back are rowing the new sign up this afternoon",
    "my manager says the fraud team at the bank will ring you back about the card",
    "have you been drinking plenty of water the pharmacist says it helps",
    "can i take your mobile number for the bill my colleague will text when its ready",
    "my colleague goes out clubbing in these boots and says theyre the comfiest",
    "my flatmate swears by this one honestly she says its a total lifesaver",
    "would you like one of our gift cards theyre in the rack by the door",
    "these are perfect for a special do the lady who makes them is very talented",
    "the manager said we get more in on thursday she told me to put one aside for you",
    "the rep told me that this one is going to be discontinued so grab it while you can",
    "the lady who designed these is a nightmare to get hold of but theyre worth it",
    "my mum said the old ones were horrible to put together this one is much easier",
    "my manager said she told me these are going under the counter from next week",
    "the lady next door has a nasty cold going round she said it lasts a week",
    "the girl who does our cakes makes a lovely anniversary one if youre celebrating",
    "the lads who run the raffle for the lifeboats are in on saturday",
    "my manager says we collect for the homeless shelter every christmas",
    "the man who makes these is based in leeds they fit a size seven shoe perfectly",
    "one of the lads in the warehouse is half way through the order for you",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_cashier_remarks_raise_nothing(text, make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    turns = [
        (U, "hiya just these please"),
        (C, text),
        (U, "oh right thanks"),
        (C, "thats nine pounds please"),
    ]
    assert coach_run(make_dialogue(turns)) == []
    assert coach_run(make_dialogue(turns, keep_roles=False)) == []


def test_unsure_role_is_judged_again_once_roles_settle(make_dialogue, rules):  # type: ignore[no-untyped-def]
    """One microphone, no cue until the customer's last reply ('can I have…'): the repeat
    is raised one turn late, on that reply, with the cashier's two questions as evidence."""
    from assistant.coach import Coach

    turns = [
        (U, "its his annual booster today"),
        (C, "and has he been drinking normally"),
        (U, "yes hes drinking fine"),
        (C, "good any limping at all lately"),
        (U, "no none that weve noticed"),
        (C, "and is he drinking alright at the moment"),
        (U, "yes he is can i have a receipt"),
    ]
    coach = Coach(rules, till="t")
    raised = []
    for i, utterance in enumerate(make_dialogue(turns, keep_roles=False)):
        for event in coach.feed(utterance):
            if getattr(event, "kind", None) == "repeated_question":
                raised.append((i, event))
    [(index, nudge)] = raised
    assert index == len(turns) - 1  # judged again when "can i have" settled the roles
    assert nudge.rule == "repeated_question.paraphrase"
    texts = [u.text for u in nudge.evidence]
    assert texts[0] == "and has he been drinking normally"
    assert texts[-1] == "and is he drinking alright at the moment"


def test_customer_private_talk_gives_no_role_evidence(make_dialogue, coach_run):  # type: ignore[no-untyped-def]
    """A customer opening with gossip phrased as a question ('did you hear about…') must
    not be taken for the cashier on one microphone."""
    turns = [
        (
            U,
            "did you hear about the postman apparently hes been cheating on his wife with her sister",
        ),
        (C, "i wouldnt know what can i get for you"),
        (U, "word is shes pregnant too"),
        (C, "anyway thats six pounds please"),
    ]
    assert coach_run(make_dialogue(turns, keep_roles=False)) == []
