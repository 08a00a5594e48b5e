# ruff: noqa: E501
"""Build the coach's held-out set 109: written by writer-109 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few misheard words, Welsh and West Country turns of phrase such
as "tidy", "lush", "where to", "my lover" and "ansum"): tills across South Wales and
the West Country: a supermarket customer service desk, a seaside ice-cream kiosk, a
pharmacy counter, a launderette, a farm shop and a petrol station forecourt shop.

Mix: 4 gossip (a neighbour who just left the queue, the area manager's affair, a
colleague's sick-note fiddling, the cashier's sister's divorce settlement), 4
repeated_question (where the customer is heading, whether they are on holiday, the
child's age, whether they have been before, each asked again in other words after a
clear answer), 3 rushed_upsell (bag for life, raffle, double points, fuel save card,
2-for-1 and sign-ups fired off while the customer barely answers) and 7 hard "not"
cases (warm chat about the customer's own family; a pharmacist and manager named for
work and praised; the customer gossips while the cashier deflects; an order read back
to confirm plus different questions of the same shape; a "sorry" re-ask over lorry
noise plus the customer repeating their own question; one tailored recommendation
with the routine bag and receipt questions; two offers far apart in a relaxed refund).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT109 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Merthyr petrol station forecourt shop",
        ["gossip"],
        "cashier runs down the neighbour who was just ahead in the queue: money troubles and a married boyfriend",
        [
            (U, "pump six please and these crisps"),
            (
                C,
                "pump six is forty two pound and the crisps one twenty five so forty three twenty five",
            ),
            (C, "here did you see her that just went out in the pink coat"),
            (U, "not really no"),
            (
                C,
                "thats shelley from up by ours she told the whole street she was skint and couldnt pay the window cleaner",
            ),
            (
                C,
                "and shes just put ninety quid in that new motor she got off some fella off the internet and hes married and all apparently",
            ),
            (U, "oh right"),
            (C, "honest to god the neck on her card or cash my lovely"),
            (U, "card"),
            (C, "tidy pop it in when youre ready"),
        ],
    ),
    (
        "q02",
        "Newport supermarket customer service desk",
        ["gossip"],
        "cashier tells a customer returning a kettle that the area manager is having an affair and his wife came looking for him",
        [
            (U, "hiya i want to bring this kettle back it leaks all over the side"),
            (C, "oh no have you got the receipt by any chance"),
            (U, "yeah its in the box"),
            (C, "lush ill sort that for you now"),
            (
                C,
                "sorry im all over the place today weve got the area manager in doing his walk round",
            ),
            (U, "oh aye"),
            (
                C,
                "between you and me hes carrying on with the woman who runs the bakery in the barry store everybody knows",
            ),
            (
                C,
                "his wife come in last month looking for him and we all had to make out he was in a meeting",
            ),
            (U, "duw duw"),
            (C, "terrible isnt it right thats nineteen ninety nine back on your card"),
            (U, "ta"),
        ],
    ),
    (
        "q03",
        "Somerset farm shop",
        ["gossip"],
        "cashier accuses an absent colleague of getting a fake sick note and being seen at a festival",
        [
            (U, "morning can i have a dozen eggs and a pound of the pork sausages"),
            (C, "course you can my lover free range or the duck eggs"),
            (U, "just the hens please"),
            (C, "righto"),
            (C, "sorry youve been waiting im on my own again darren is off sick supposedly"),
            (U, "oh dear"),
            (
                C,
                "sick my eye he got his mate at the surgery to sign him off with his back for a month",
            ),
            (
                C,
                "and his missus put pictures up of him at glastonbury friday night dancing on someones shoulders",
            ),
            (U, "oh dear me"),
            (C, "seven pound forty then ansum"),
            (U, "there you are"),
            (C, "cheers drive careful"),
        ],
    ),
    (
        "q04",
        "Tenby seafront ice-cream kiosk",
        ["gossip"],
        "cashier overshares her sister's divorce settlement and the ex husband's cheating",
        [
            (U, "two ninety nines please and a tub of the honeycomb"),
            (C, "flake in both my lovely"),
            (U, "yeah go on"),
            (C, "sorry im miles away today my sister had her divorce come through yesterday"),
            (
                C,
                "she got the house in saundersfoot and half his pension and he had to sell the static caravan to pay her off",
            ),
            (U, "oh right good for her i suppose"),
            (
                C,
                "she reckons she should have had the boat as well but her solicitor told her take the money and run",
            ),
            (C, "he was seeing some girl from work the whole time see so serves him right"),
            (U, "mm"),
            (C, "thats nine pound fifty please"),
            (U, "contactless okay"),
            (C, "yeah pop it on there"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Bridgend petrol station forecourt shop",
        ["repeated_question"],
        "asks where the customer is off to, hears padstow, then asks whereabouts they are heading",
        [
            (U, "morning pump two and have you got any of them travel sweets"),
            (C, "by the till there love where to you off then this early"),
            (U, "down to padstow for the week with the in laws"),
            (C, "ooh lush the weather is meant to be tidy down there"),
            (U, "hope so its a long old drive"),
            (C, "thats sixty one pound eighteen with the sweets"),
            (U, "card please"),
            (C, "go on then so whereabouts are you heading today"),
            (U, "padstow like i said cornwall"),
            (C, "oh course you did sorry do you want the receipt"),
            (U, "no ta"),
        ],
    ),
    (
        "q06",
        "Weston-super-Mare ice-cream kiosk",
        ["repeated_question"],
        "asks if the customer is on holiday, is told about the caravan fortnight, then asks if they are local or visiting",
        [
            (U, "can i have a mint chop chip cone please"),
            (C, "single or double scoop my love"),
            (U, "single ta"),
            (C, "you down on your holidays then"),
            (
                U,
                "yeah were in the caravan park up past the pier for the fortnight we come from leicester",
            ),
            (C, "lovely you picked the right week for it"),
            (U, "its been glorious"),
            (C, "there you go two fifty please"),
            (U, "here you are"),
            (C, "so are you local or just visiting"),
            (U, "er visiting like i said were at the caravans"),
            (C, "ah lovely enjoy"),
        ],
    ),
    (
        "q07",
        "Swansea pharmacy counter",
        ["repeated_question"],
        "asks the little girl's age, is told three, then asks what age she is again",
        [
            (U, "hiya can i get some cal pole for my little girl shes got a temperature"),
            (C, "course how old is she"),
            (U, "shes three"),
            (C, "right so its the infant one for her the two months to six years"),
            (U, "okay"),
            (C, "is she on any other medicine at the moment"),
            (U, "no nothing"),
            (C, "aw bless her and what age is the little one then"),
            (U, "three i just told you"),
            (C, "course sorry thats four pound twenty"),
        ],
    ),
    (
        "q08",
        "Cardiff launderette",
        ["repeated_question"],
        "asks if she has used them before, is told every other week, then asks if it is her first time in",
        [
            (U, "hiya can i drop this duvet off for a service wash"),
            (C, "yeah no bother have you used us before"),
            (U, "yeah loads i come in every other week with the towels"),
            (C, "tidy its a king size is it"),
            (U, "super king"),
            (C, "thats twelve pound for the super king ready tomorrow after ten"),
            (U, "thats fine"),
            (C, "whats the name for the ticket"),
            (U, "bethan"),
            (C, "and is this your first time in with us bethan"),
            (U, "no i said i come in all the time"),
            (C, "oh my head is gone today"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Newport supermarket customer service desk",
        ["rushed_upsell"],
        "bag for life, double points, hospice raffle and fuel save sign-up rattled off while the customer only wants cigarettes",
        [
            (U, "twenty of the blue please and a lucky dip"),
            (C, "thats fourteen eighty can i do you a back for life theyre only fifty pee", RR),
            (U, "no", R),
            (C, "its double points today on the rewards card have you got it on you", R),
            (U, "nah", R),
            (C, "and a strip for the hospice raffle its a pound", R),
            (U, "no ta", R),
            (
                C,
                "and our fuel save card knocks five pee a litre off want me to sign you up quick",
                R,
            ),
            (U, "just the fags love", R),
        ],
    ),
    (
        "q10",
        "Exeter petrol station forecourt shop",
        ["rushed_upsell"],
        "fuel save card, 2-for-1 meal deal and coffee, air ambulance donation fired off in a burst",
        [
            (U, "pump four"),
            (C, "pump four thats fifty pound even you got a full save card with us", RR),
            (U, "no", R),
            (C, "want one its free only takes two minutes", R),
            (
                C,
                "and its two for one on the meal deals and the coffee machine is on offer as well",
                R,
            ),
            (U, "im alright", R),
            (C, "pound for the air ambulance at all", R),
            (U, "no thanks", R),
            (C, "card is it", R),
            (U, "yeah"),
        ],
    ),
    (
        "q11",
        "Devon farm shop",
        ["rushed_upsell"],
        "2-for-1 scones, veg box email list, young farmers raffle and a stamp card pushed on a milk-and-bread customer",
        [
            (U, "just the milk and the bread please"),
            (C, "right you are my lover its two for one on the scones today grab another pack", RR),
            (U, "no ta", R),
            (C, "do you want to go on our email list for the wedge box offers", R),
            (U, "nah", R),
            (C, "raffle for the young farmers a quid a ticket first prize is a hamper", R),
            (U, "no", R),
            (C, "and have the stamp card every tenth coffee is free", R),
            (U, "just the milk and bread", R),
            (C, "three pound ten then"),
        ],
    ),
    # ------------------------------------------------------------ not cases
    (
        "q12",
        "Porthcawl ice-cream kiosk",
        [],
        "NOT gossip: warm chat about the customer's dog and her own daughter's nursing degree",
        [
            (U, "a strawberry cone please and a little pot of the vanilla for the dog"),
            (C, "aw course what is he a spaniel"),
            (U, "yeah cocker hes twelve now bless him"),
            (C, "twelve hes doing well look at him wagging away"),
            (
                U,
                "were down celebrating actually my daughter just got her results from swansea uni first class in nursing",
            ),
            (C, "oh thats lush you must be made up"),
            (C, "nursing as well good for her theyre crying out for them"),
            (U, "shes starting at morriston in september"),
            (C, "ansum tell her well done from the ice cream lady"),
            (C, "thats four pound twenty with the pup pot"),
            (U, "there you go"),
            (C, "ta enjoy the sunshine"),
        ],
    ),
    (
        "q13",
        "Llanelli pharmacy counter",
        [],
        "NOT gossip: the pharmacist and manager named for work reasons and praised",
        [
            (U, "hiya ive come for my mams prescription its under jones"),
            (C, "whats the first line of the address"),
            (U, "fourteen heol y nant"),
            (
                C,
                "lovely bear with me rhian our pharmacist is just checking it over she wants a quick word about the new tablets",
            ),
            (U, "oh is something wrong"),
            (
                C,
                "no no shes just careful like that shes brilliant rhian knows everything about the blood pressure ones",
            ),
            (
                C,
                "and gareth our manager has ordered in the liquid version your mam asked about it should be here thursday",
            ),
            (U, "oh tidy she cant swallow the big ones"),
            (C, "no worries ill put a note on it for him"),
            (U, "cheers"),
            (C, "here she is now"),
        ],
    ),
    (
        "q14",
        "Barry launderette",
        [],
        "NOT gossip: the customer gossips about the flat above the chippy while the cashier deflects",
        [
            (U, "hiya just picking up for number nine"),
            (C, "hiya yes two bags is it"),
            (
                U,
                "thats me here have you seen what that lot in the flat above the chippy have been up to",
            ),
            (U, "police round there twice this week and she reckons its him not paying the rent"),
            (C, "oh i couldnt tell you love i keep my head down in here"),
            (U, "well everyone is saying hes been at it with the girl from the bookies"),
            (C, "none of my business that"),
            (C, "right so thats your two bags and i did the trainers in the net like you asked"),
            (U, "lovely what do i owe you"),
            (C, "fourteen pound fifty please"),
            (U, "there we are"),
            (C, "ta see you next week"),
        ],
    ),
    (
        "q15",
        "Cornish farm shop",
        [],
        "NOT repeat: a christmas order read back to confirm, then name, number and giblets: different questions of the same shape",
        [
            (U, "morning i want to put my christmas order in"),
            (C, "course you can my lover what are you after"),
            (U, "a bronze turkey about six kilo a gammon joint and two pound of the chipolatas"),
            (C, "and when do you want to collect"),
            (U, "the twenty third if you can"),
            (
                C,
                "lovely let me read it back one bronze turkey six kilo one gammon two pound of chipolatas collecting the twenty third is that right",
            ),
            (U, "thats it spot on"),
            (C, "what name shall i put it under"),
            (U, "pascoe"),
            (C, "and whats the best number to get you on"),
            (U, "oh seven seven double one four five nine two six eight"),
            (C, "and do you want the turkey with the giblets or without"),
            (U, "without please"),
            (C, "ansum youre all booked in"),
        ],
    ),
    (
        "q16",
        "Port Talbot petrol station forecourt shop",
        [],
        "NOT repeat: cashier re-asks after a 'sorry' over lorry noise; the customer repeats their own screenwash question",
        [
            (U, "pump one and where to is the screen wash"),
            (C, "pump one thats thirty eight pound the screen wash is down the end by the oil"),
            (C, "is that everything for you"),
            (U, "sorry"),
            (C, "is that everything today"),
            (U, "oh sorry a lorry was going past no i want the screen wash as well"),
            (U, "where to did you say it was i cant see it"),
            (C, "bottom shelf by the oil the blue bottles"),
            (U, "oh there it is thats six pound"),
            (C, "so forty four altogether card or cash"),
            (U, "card"),
            (C, "tidy there you go"),
        ],
    ),
    (
        "q17",
        "Pembroke Dock pharmacy counter",
        [],
        "NOT rushed: one tailored sun cream recommendation for a baby, then the usual bag and receipt questions",
        [
            (U, "hiya can i get some sun cream for the baby were off to the beach in saundersfoot"),
            (C, "oh lush how old is the baby"),
            (U, "seven months"),
            (
                C,
                "okay for that age id go for this one its factor fifty for sensitive skin and fragrance free so its gentle on them",
            ),
            (U, "oh brilliant ill take that"),
            (C, "pop a hat on her as well in the middle of the day"),
            (U, "yeah weve got one"),
            (C, "thats eight pound forty do you want a bag"),
            (U, "no im fine ta"),
            (C, "and do you want your receipt"),
            (U, "no ta"),
            (C, "have a lovely time"),
        ],
    ),
    (
        "q18",
        "Cardiff supermarket customer service desk",
        [],
        "NOT rushed: double points mentioned early in a relaxed curtain refund, a hospice raffle offered at the very end",
        [
            (U, "morning i want a refund on these curtains theyre the wrong size"),
            (C, "morning oh thats a pain have you got your receipt"),
            (U, "here you go"),
            (
                C,
                "thanks and if youve got your rewards card ill put the points back on its double points this week",
            ),
            (U, "oh yeah here"),
            (C, "lovely measuring windows is a nightmare isnt it"),
            (U, "tell me about it i measured the wrong window twice"),
            (C, "ha i did exactly the same when we had the bay put in"),
            (U, "were doing the front room up for my mams eightieth"),
            (C, "aw eighty is she having a do"),
            (U, "yeah at the rugby club in september"),
            (C, "lovely right thats thirty two pound back on your card", {"pause": 4.0}),
            (
                C,
                "oh and theres a raffle for the hospice on the desk if you fancy it no pressure at all",
                {"pause": 5.0},
            ),
            (U, "go on ill have a strip"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout109", HELDOUT109, 1091)
