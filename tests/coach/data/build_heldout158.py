# ruff: noqa: E501
"""Build the coach's held-out set 158: written by writer-158 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings; Scouse and Manc speech): counter staff in
Liverpool and Manchester at a chippy, a newsagent, a market stall, a phone repair
counter, a bakery chain and a football programme stall outside the ground. The
cashier often speaks twice in a row.

Mix: 4 gossip (a footballer's wife's affair, the previous customer's dodgy phones,
the manager's sick note, the cashier's own boyfriend's gambling), 4
repeated_question (salt and vinegar, which paper, which phone model, how many
sausage rolls with a number given both times), 3 rushed_upsell (meal deal, phone
case, screen protector, loyalty app, charity raffle and friends fired back to
back), and 7 hard "not" cases (warm chat about the customer's new baby; a
colleague praised and the manager named for a work reason; the customer gossips
while the cashier deflects; an order read back plus a "sorry what" re-ask; the
customer repeating her own question among different questions of the same shape;
one tailored programme recommendation with bag and receipt spread out; two
offers far apart in a relaxed newsagent visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT158 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Liverpool chippy",
        ["gossip"],
        "cashier spreads a story about a footballer's wife carrying on with a personal trainer",
        [
            (C, "alright boss what can i get you"),
            (U, "large cod and chips and a chip barm please"),
            (C, "sound two minutes on the cod"),
            (
                C,
                "here you know that centre half we signed in the summer his wife has been carrying on with the personal trainer from the gym on the dock road",
            ),
            (U, "oh aye"),
            (
                C,
                "my cousin cleans at that gym and she says they were all over each other in the sauna everyone knows apart from him",
            ),
            (C, "and she still turns up at the match in his shirt the brass neck on her"),
            (U, "right"),
            (C, "sort and vinegar"),
            (U, "yeah please"),
            (C, "nine pound twenty la"),
        ],
    ),
    (
        "q02",
        "Manchester phone repair counter",
        ["gossip"],
        "cashier tells the next customer the previous one keeps bringing in phones he thinks are stolen",
        [
            (C, "hiya mate what can i do for you"),
            (U, "screens cracked on this can you do it today"),
            (C, "should be able to leave it with me for an hour"),
            (
                C,
                "you just missed a fella stood right where you are he comes in every week with a different phone",
            ),
            (U, "oh yeah"),
            (
                C,
                "all locked to someone elses account never a charger never a box i reckon hes robbing them off lads in town",
            ),
            (
                C,
                "he wanted me to wipe one today and i said mate its got someone elses kids on the lock screen",
            ),
            (U, "bloody hell"),
            (C, "anyway thatll be sixty nine for the screen"),
            (U, "card alright"),
            (C, "yeah tap away"),
        ],
    ),
    (
        "q03",
        "Liverpool bakery chain",
        ["gossip"],
        "cashier runs down her manager, saying her sick note is fake because she was seen partying abroad",
        [
            (C, "morning love what can i get you"),
            (U, "two steak bakes and a coffee please"),
            (C, "milk in the coffee"),
            (U, "just a splash"),
            (
                C,
                "sorry about the queue were short today cos our manager is off on a sick note again",
            ),
            (
                C,
                "bad back she says but our ner saw her on facebook last night dancing on a table in benidorm",
            ),
            (U, "oh dear"),
            (
                C,
                "two weeks off with her back and shes doing the macarena its a joke the rest of us are covering her shifts",
            ),
            (U, "mm"),
            (C, "five eighty please"),
            (U, "there you go"),
        ],
    ),
    (
        "q04",
        "Manchester newsagent",
        ["gossip"],
        "cashier overshares her own boyfriend's gambling losses and debts",
        [
            (C, "alright love just the scratchcard is it"),
            (U, "and a lighter please"),
            (C, "dont talk to me about scratchcards"),
            (
                C,
                "my fella lost his whole wages on the horses on friday and then had the cheek to ask me for a lend for the bus",
            ),
            (U, "oh no"),
            (
                C,
                "third time this month hes been sat on that betting app all night and i found out hes had a loan off his nan to cover it",
            ),
            (C, "were meant to be saving for a deposit and hes chucking it all away"),
            (U, "sorry to hear that"),
            (C, "anyway two pound fifty for the card and the lighter"),
            (U, "ta"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Manchester chippy",
        ["repeated_question"],
        "customer said just salt no vinegar; after the drink business the cashier asks about vinegar again",
        [
            (C, "yes boss"),
            (U, "chips and gravy and a battered sausage please"),
            (C, "salt and vinegar on the chips"),
            (U, "just salt our kid no vinegar"),
            (C, "sound do you want a can with that"),
            (U, "go on a dandelion and burdock"),
            (C, "weve only got vimto left"),
            (U, "vimto then"),
            (C, "right and was it salt and vinegar on them or what"),
            (U, "no i said just salt"),
            (C, "oh right five forty then"),
        ],
    ),
    (
        "q06",
        "Manchester newsagent",
        ["repeated_question"],
        "customer already chose the evening news; after milk and weather chat the cashier asks which paper again",
        [
            (C, "morning our kid"),
            (U, "morning can i get a paper and a pint of milk"),
            (C, "which paper the m e n or the mirror"),
            (U, "the evening news"),
            (C, "full fat or semi"),
            (U, "semi skin"),
            (C, "did you see its meant to chuck it down all week"),
            (U, "always is round here"),
            (C, "now what paper was it you were after"),
            (U, "the evening news mate"),
            (C, "two pound forty all together"),
        ],
    ),
    (
        "q07",
        "Liverpool phone repair counter",
        ["repeated_question"],
        "customer gave the phone model at the start; after name and number the cashier asks for the model again",
        [
            (C, "whats up with it"),
            (U, "charging ports gone it only charges if i hold it at an angle"),
            (C, "what phone is it"),
            (U, "its a samsung a fifty three"),
            (C, "let me have a look"),
            (C, "yeah its full of fluff but the port looks knackered as well"),
            (U, "can you fix it"),
            (C, "should do whats the name for the ticket"),
            (U, "kelly"),
            (C, "and a contact number"),
            (U, "oh seven nine one two three four five six seven eight"),
            (C, "sound and which model did you say it was"),
            (U, "the a fifty three"),
            (C, "forty five quid ready by four"),
        ],
    ),
    (
        "q08",
        "Liverpool bakery chain",
        ["repeated_question"],
        "customer said eight sausage rolls; after ordering vanilla slices the cashier asks how many again and gets eight again",
        [
            (C, "hiya love what are you after"),
            (U, "sausage rolls please for the lads on site"),
            (C, "how many do you want"),
            (U, "eight"),
            (C, "anything else for you"),
            (U, "four vanilla slices"),
            (C, "the slices are just coming out the back give us a sec"),
            (C, "how many sausage rolls was it love"),
            (U, "eight"),
            (C, "lovely thats fourteen sixty"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Manchester bakery chain",
        ["rushed_upsell"],
        "meal deal, loyalty app, charity raffle and a round-up fired back to back at a customer saying no",
        [
            (C, "next please"),
            (U, "just a cheese and onion pasty"),
            (C, "you can make that a meal deal with a drink and a donut for two pound more", RR),
            (U, "no", R),
            (C, "have you got our app you get the pasty free after five", R),
            (U, "nah", R),
            (C, "were doing a raffle for the christie its a pound a strip", R),
            (U, "no ta", R),
            (C, "and do you want to round it up for the hospice", R),
            (U, "just the pasty", R),
            (C, "one eighty five"),
        ],
    ),
    (
        "q10",
        "Liverpool phone repair counter",
        ["rushed_upsell"],
        "on a simple collection the cashier pushes a case, screen protector, email sign-up and a cover plan in a burst",
        [
            (U, "just picking my phone up the names danny"),
            (C, "here it is new battery in"),
            (C, "do you want a case for it we got these ones for a tenner", RR),
            (U, "im alright", R),
            (C, "you wanna get a screen protecter on as well i can do it now for a fiver", R),
            (U, "no", R),
            (C, "and if you give us your email we send you a discount code", R),
            (U, "er", R),
            (C, "theres our cover plan as well three quid a month covers drops", R),
            (U, "just the phone mate", R),
            (C, "right its paid already cheers la"),
        ],
    ),
    (
        "q11",
        "Anfield football programme stall",
        ["rushed_upsell"],
        "one programme bought; raffle, binder, club app and collectors email pushed in quick succession before kick off",
        [
            (C, "programmes get your programmes"),
            (U, "one please la"),
            (
                C,
                "three fifty and do you want a strip for the foundation raffle a quid a ticket",
                RR,
            ),
            (U, "no", R),
            (C, "weve got the binders to keep them in eight quid", R),
            (U, "no ta", R),
            (C, "download the club app and you get the digital one free", R),
            (U, "right", R),
            (C, "and stick your email on this for the collectors list", R),
            (U, "kick off is in ten mins mate", R),
            (C, "sound there you go"),
        ],
    ),
    # --------------------------------------------------------- hard "not"
    (
        "q12",
        "Liverpool chippy",
        [],
        "warm chat about the customer's own new baby; several different questions, no third party gossip, no offers",
        [
            (C, "alright love havent seen you in a bit"),
            (U, "been in the womens having our new one"),
            (C, "ahh congratulations what did you have"),
            (U, "a little girl seven pound four"),
            (C, "ahh thats dead good whats she called"),
            (U, "ivy after me nan"),
            (C, "gorgeous name that"),
            (C, "right what can i get you"),
            (U, "two fish and chips and mushy peas for himself"),
            (C, "salt and vinegar on all of it"),
            (U, "yes please"),
            (C, "ive put a few extra scraps in go home and get your feet up"),
            (U, "youre a star"),
        ],
    ),
    (
        "q13",
        "Manchester bakery chain",
        [],
        "a colleague praised for her cake work and the manager named only for a sign-off; different questions of the same shape",
        [
            (U, "can i order a birthday cake for saturday"),
            (
                C,
                "yeah course our jade does all the celebration cakes shes dead good she did a stadium one last month that was unreal",
            ),
            (U, "brilliant its for my lads tenth hes mad on city"),
            (C, "ill write it down for her sky blue with his name on"),
            (C, "whats his name"),
            (U, "alfie"),
            (
                C,
                "its a tenner deposit and our manager lisa signs off anything over thirty quid so shell ring you tomorrow to confirm",
            ),
            (U, "no problem"),
            (C, "whats the best number for you"),
            (U, "oh seven seven one two three four four five six seven"),
            (C, "lovely youre all booked in"),
        ],
    ),
    (
        "q14",
        "Liverpool market stall",
        [],
        "the customer gossips about two stallholders; the cashier refuses to join in and sticks to the veg",
        [
            (U, "here have you heard about her off the flower stall"),
            (C, "morning love what can i get you"),
            (U, "two pound of spuds and she only went off with the fella off the fish"),
            (C, "i keep out of all that me"),
            (C, "two pound of spuds there anything else"),
            (U, "her husband was in the pub last night crying into his pint apparently"),
            (C, "honest love i dont know nothing about it and i dont want to"),
            (U, "ooh fair enough and a cauli please"),
            (C, "cauli there thats two pound ten"),
            (U, "there you go"),
            (C, "ta love see you saturday"),
        ],
    ),
    (
        "q15",
        "Manchester chippy",
        [],
        "order read back once to confirm; salt and vinegar asked again only because the customer could not hear over the fryers",
        [
            (U, "can i get two cod one sausage and chips and a curry sauce"),
            (C, "so thats two cod a sausage and chips and one curry sauce yeah"),
            (U, "yeah spot on"),
            (C, "salt and vinegar on them"),
            (U, "sorry what the fryers are dead loud"),
            (C, "do you want salt and vinegar on them"),
            (U, "oh yeah please on all of it"),
            (C, "open or wrapped"),
            (U, "wrapped im driving"),
            (C, "fourteen eighty boss"),
        ],
    ),
    (
        "q16",
        "Manchester phone repair counter",
        [],
        "the customer repeats her own question about timing; the cashier's questions are all different (model, name, passcode)",
        [
            (U, "how long does a battery take"),
            (C, "about forty minutes if its not swollen"),
            (C, "whats the phone"),
            (U, "iphone eleven"),
            (C, "whats the name for the ticket"),
            (U, "maureen"),
            (C, "and whats the passcode so i can test it after"),
            (U, "one two one two one two"),
            (U, "sorry how long did you say it takes"),
            (C, "forty minutes give or take go and get a brew"),
            (U, "sound"),
        ],
    ),
    (
        "q17",
        "Goodison football programme stall",
        [],
        "one recommendation tailored to the customer's dad's missing programmes; bag and receipt asked apart in a relaxed chat",
        [
            (C, "afternoon boss after anything in particular"),
            (U, "im collecting the old derby programmes from the eighties for me dad"),
            (C, "ah nice which ones is he missing"),
            (U, "hes got most of them just not eighty four and eighty six"),
            (
                C,
                "ive got the eighty four milk cup final in this box here its in dead good nick that would fill a gap for him",
            ),
            (U, "oh go on thatll make his day how much"),
            (C, "twelve pound to you"),
            (C, "do you want a bag for it its starting to spit"),
            (U, "yeah ta"),
            (C, "you going in today", {"pause": 3.0}),
            (U, "yeah gwladys street with the same lot as always"),
            (C, "hopefully we nick something"),
            (C, "do you want a receipt for that or are you alright", {"pause": 4.0}),
            (U, "no youre alright ta ra"),
        ],
    ),
    (
        "q18",
        "Manchester newsagent",
        [],
        "a regular's relaxed visit: a lottery line offered at the start and sweets for the grandkids near the end, far apart",
        [
            (C, "morning mrs h the usual"),
            (U, "yes please love the guardian and my puzzle book"),
            (C, "euromillions is up to a hundred million this week do you want a line"),
            (U, "go on then one line"),
            (C, "there you go good luck"),
            (U, "if i win ill take you all to blackpool"),
            (C, "ill hold you to that hows the hip doing", {"pause": 4.0}),
            (U, "much better ta im walking the dog again"),
            (C, "dead good that"),
            (U, "the physio has been lovely"),
            (
                C,
                "the cola bottles are two for one if you want some for the grandkids at the weekend",
                {"pause": 6.0},
            ),
            (U, "oh they would love them go on"),
            (C, "six pound ten all together love"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout158", HELDOUT158, 1581)
