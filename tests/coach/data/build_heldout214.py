# ruff: noqa: E501
"""Build the coach's held-out set 214: written by writer-214 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, little punctuation, no apostrophes,
numbers as words; Cornish and Devon English such as dreckly, proper job, my
handsome, emmet, crib, wheres to): Cornwall out of season and Plymouth, with a
Penzance bakery, a Falmouth chandlery, a Truro pharmacy, a Plymouth Barbican
ice-cream kiosk, a St Ives gallery shop and a garage shop. The cashier sometimes
speaks twice in a row.

Mix: 4 gossip (a previous customer's holiday-let planning fraud, the manager's
drink-driving, a colleague's fling with a lifeboat volunteer, the cashier's own
son's drugs debt), 4 repeated_question (pasty or saffron bun, metres of rope with
a "same as i said" answer, life jacket size, whether the customer is staying in
the town), 3 rushed_upsell (loyalty card, lifeboat raffle, cream tea deal, round-up
donation, email list, meal deal pushed back to back), and 7 hard "not" cases: warm
chat about the customer's own son and plans; the customer gossips about the manager
while the cashier deflects; an order read back after a "say that again" over
generator noise; a "what was that" re-ask plus different questions of the same
shape; a local artist named for her work with one tailored recommendation and the
bag and receipt questions spread out; two offers far apart in a relaxed visit; the
manager and a colleague named for work reasons and praised, with the customer
repeating her own question and pharmacy questions of the same shape.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT214 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Penzance bakery",
        ["gossip"],
        "cashier slanders the previous customer as a holiday-let owner lying to the council and the planners",
        [
            (C, "morning my handsome what can i get you"),
            (U, "two steak pasties please and a hevva cake"),
            (C, "proper job"),
            (C, "here did you see the chap in front of you in the blue fleece"),
            (U, "no i didnt notice him"),
            (
                C,
                "he owns them three cottages down chapel street lets them out to emmets all summer",
            ),
            (
                C,
                "tells the council hes living in one of them so he dont pay the rates and he dont hardly set foot in cornwall from one year to the next",
            ),
            (U, "oh right"),
            (
                C,
                "and now hes put in for planning on the old chapel saying its a home for his own family when its going straight on airbnb crooked as a dogs hind leg he is",
            ),
            (U, "can i pay by card"),
            (C, "course you can thats eleven forty"),
        ],
    ),
    (
        "q02",
        "garage shop",
        ["gossip"],
        "cashier tells a stranger the manager was caught drink-driving and still drives while banned",
        [
            (U, "pump four please and one of them pasties"),
            (C, "pump four forty two pound ten and the pasty makes it forty six thirty"),
            (U, "lovely"),
            (C, "you want to watch yourself on them lanes tonight mind"),
            (
                C,
                "our manager got done last month three times over the limit coming back from the pub in st just",
            ),
            (U, "oh dear"),
            (
                C,
                "and he still drives in every morning i seen him park up round the back when hes meant to be banned",
            ),
            (
                C,
                "dont say i told you but he was half cut at the staff christmas do and drove home then and all",
            ),
            (U, "just the card thanks"),
            (C, "tap it there my handsome"),
        ],
    ),
    (
        "q03",
        "Falmouth chandlery",
        ["gossip"],
        "cashier gossips about a married colleague's affair with a lifeboat volunteer",
        [
            (C, "afternoon find what you were after"),
            (U, "yes a tin of antifouling and these two shackles"),
            (C, "lovely"),
            (U, "quiet in here today"),
            (C, "dead as anything out of season just me and tamsin on"),
            (
                C,
                "well me really tamsins been out the back on her phone all morning to that lad off the lifeboat",
            ),
            (U, "oh"),
            (
                C,
                "shes married and all her husband works the ferries and every time theres a night shout shes round this lifeboat fellas flat in flushing",
            ),
            (C, "whole of falmouth knows about it except her husband"),
            (U, "how much do i owe you"),
            (C, "sixty eight fifty please"),
        ],
    ),
    (
        "q04",
        "Truro pharmacy",
        ["gossip"],
        "cashier overshares her own private drama: her son's drugs debt and threats against him",
        [
            (C, "hiya are you collecting a prescription"),
            (U, "yes its for pearce"),
            (C, "bear with me my lovely"),
            (C, "sorry im all over the place today had no sleep"),
            (
                C,
                "my boy owes some lads from camborne two grand for gear and theyve been round the house banging on the door at three in the morning",
            ),
            (U, "oh gosh im sorry"),
            (
                C,
                "hes nineteen i dont know what to do with him hes had my bank card and all and they say if he dont pay by friday theyll do his legs",
            ),
            (U, "thats awful"),
            (C, "here we are pearce one item thats nine ninety"),
            (U, "thanks"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Penzance bakery",
        ["repeated_question"],
        "customer chose the saffron bun over the pasty; after small talk the cashier asks which of the two again",
        [
            (C, "morning what can i do you for"),
            (U, "im trying to decide pasty or saffron bun"),
            (C, "cant go wrong with either"),
            (U, "go on ill have the saffron bun its too early for a pasty"),
            (C, "proper job"),
            (C, "you down on holiday"),
            (U, "no no i live up heamoor just off for a walk along the prom"),
            (C, "lovely day for it the wind has dropped a bit anyhow"),
            (U, "it has yes"),
            (C, "so what was it you were having the pasty or the bun"),
            (U, "the saffron bun please"),
            (C, "one pound eighty then"),
        ],
    ),
    (
        "q06",
        "Falmouth chandlery",
        ["repeated_question"],
        "customer said fifteen metres; after talk about the boat the cashier asks the length again and gets 'same as i said'",
        [
            (C, "right how much of the eight mill did you want"),
            (U, "fifteen metres please"),
            (C, "fifteen lovely"),
            (C, "wheres she to then"),
            (U, "little drascombe on a mooring up the penryn river its for a new main sheet"),
            (C, "oh they are lovely boats"),
            (U, "she needs a bit of work mind the tiller is about done"),
            (C, "they all do dreckly"),
            (C, "how long a length were you wanting off the drum"),
            (U, "same as i said fifteen metres"),
            (C, "course you did"),
            (C, "that comes to eighteen seventy five"),
        ],
    ),
    (
        "q07",
        "Falmouth chandlery",
        ["repeated_question"],
        "customer gave the junior twenty to thirty kilo size; after chat about the grandson the cashier asks which size again",
        [
            (C, "morning my handsome what can i help with"),
            (U, "im after a life jacket for my grandson"),
            (C, "what size are you needing for him"),
            (U, "the junior one twenty to thirty kilo hes about twenty five"),
            (C, "we got those in red or yellow"),
            (U, "yellow i think so i can spot him"),
            (C, "he going out sailing then"),
            (U, "his dad is taking him out in the dinghy off gylly at easter"),
            (C, "oh hell love that"),
            (C, "now which size did you want him in"),
            (U, "the twenty to thirty kilo one"),
            (C, "right you are forty four ninety five"),
        ],
    ),
    (
        "q08",
        "St Ives gallery shop",
        ["repeated_question"],
        "customer said they are staying in a cottage in town till saturday; later the cashier asks whether they are stopping in the town",
        [
            (C, "hello there you alright"),
            (U, "yes thanks just this print please the one of porthmeor"),
            (C, "oh thats one of my favourites"),
            (C, "you staying in st ives"),
            (U, "yes were in a cottage up the digey till saturday"),
            (C, "lovely spot that"),
            (U, "weve been so lucky with the weather"),
            (C, "you have its been kind for february"),
            (U, "we walked over to zennor yesterday"),
            (C, "oh lovely did you stop in the tinners"),
            (U, "we did yes"),
            (C, "so are you stopping here in the town or just passing through"),
            (U, "were here in the town till saturday"),
            (C, "lovely thats thirty five pounds"),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Plymouth Barbican ice-cream kiosk",
        ["rushed_upsell"],
        "loyalty card, cream tea deal, email list and round-up donation fired back to back at a customer who barely answers",
        [
            (U, "one scoop of clotted cream in a cone please"),
            (C, "one clotted cream coming up"),
            (C, "there you go my handsome"),
            (C, "you got one of our loyalty cards ten scoops and the next ones free", RR),
            (U, "no", R),
            (
                C,
                "we also got the cream tea deal two scones jam and cream and a pot of tea six ninety nine",
                R,
            ),
            (U, "um", R),
            (C, "and can i take your email for the newsletter we send offers out every month", R),
            (C, "and would you like to round up to four pound for the childrens hospice", R),
            (U, "just the ice cream", R),
            (C, "thats three fifty then"),
        ],
    ),
    (
        "q10",
        "St Ives gallery shop",
        ["rushed_upsell"],
        "round-up donation, lifeboat raffle, email list and friends card pushed in a burst over two postcards",
        [
            (U, "just these two postcards please"),
            (C, "lovely thats two pound"),
            (C, "would you like to round it up to five for the lifeboat", RR),
            (U, "er no thanks", R),
            (
                C,
                "we got raffle tickets and all for the st ives lifeboat pound a strip first prize is a painting",
                R,
            ),
            (U, "no", R),
            (C, "can i take your email so you hear about our exhibitions", R),
            (C, "and we do a friends of the gallery card ten percent off for a year", R),
            (U, "just the postcards", R),
            (C, "tap there then"),
        ],
    ),
    (
        "q11",
        "garage shop",
        ["rushed_upsell"],
        "fuel rewards card, sign-up, meal deal and lifeboat raffle pushed back to back while the customer grunts",
        [
            (U, "pump two and these mints"),
            (C, "fifty one pound twenty with the mints"),
            (C, "you got a fuel rewards card at all", RR),
            (U, "no", R),
            (C, "want to sign up only takes a minute points on every litre", R),
            (C, "and the meal deals on a pasty and a coffee for your crib three fifty", R),
            (U, "mm", R),
            (C, "raffle tickets for the sennen lifeboat as well pound a go", R),
            (U, "just the fuel", R),
            (C, "right you are pop your card in"),
        ],
    ),
    # ------------------------------------------------------------- not cases
    (
        "q12",
        "Plymouth Barbican ice-cream kiosk",
        [],
        "warm chat about the customer's own birthday plans and her son home from australia: not gossip, one ordinary order",
        [
            (C, "afternoon what can i get you"),
            (U, "two scoops of salted caramel in a tub please its my birthday"),
            (C, "oh happy birthday my lovely"),
            (C, "doing anything nice"),
            (U, "my son is taking me over on the ferry to cawsand then fish and chips"),
            (C, "oh that sounds proper cawsand is lovely this time of year no emmets"),
            (U, "hes just back from two years working in australia so its a treat"),
            (C, "you must be made up to have him home"),
            (U, "i am i cried my eyes out at the airport"),
            (C, "ah bless you there you go enjoy every bit of it"),
            (U, "thank you"),
            (C, "thats four pound twenty"),
        ],
    ),
    (
        "q13",
        "garage shop",
        [],
        "the customer gossips about the manager's drink-driving; the cashier declines every time and keeps to the sale",
        [
            (U, "pump three and a western morning news"),
            (C, "morning thats thirty eight sixty"),
            (U, "here is that manager of yours still driving after what happened"),
            (C, "couldnt tell you my handsome"),
            (U, "my sister said he was breathalysed outside the pub in pendeen"),
            (C, "i dont get involved in all that"),
            (C, "do you want a receipt"),
            (U, "no ta and his wife have left him and all i heard"),
            (C, "dont know nothing about it"),
            (C, "card in when youre ready"),
            (U, "there you go"),
            (C, "cheers mind how you go"),
        ],
    ),
    (
        "q14",
        "Plymouth Barbican ice-cream kiosk",
        [],
        "cashier asks the order again because the generator drowned it, then reads it back once to confirm: no repeat",
        [
            (C, "hiya what would you like"),
            (U, "one rum and raisin cone two kids cups of strawberry and a mint choc chip tub"),
            (C, "sorry my love the generators going say that again"),
            (U, "one rum and raisin cone two kids cups of strawberry and a mint choc chip tub"),
            (
                C,
                "so thats a rum and raisin cone two small strawberry in cups and a mint choc chip tub yeah",
            ),
            (U, "thats it"),
            (C, "do you want spoons in all of them"),
            (U, "just the cups and the tub"),
            (C, "there we are careful the cones a bit drippy"),
            (C, "twelve eighty please"),
        ],
    ),
    (
        "q15",
        "Falmouth chandlery",
        [],
        "a 'what was that' re-ask when the wind banged the door, and length and colour questions about different items: no repeat",
        [
            (C, "right my handsome what length are you wanting on the mooring line"),
            (U, "twelve metres of the sixteen mill"),
            (C, "twelve lovely"),
            (C, "and how long do you want the pickup line"),
            (U, "about four metres"),
            (C, "sorry the wind caught the door what was that"),
            (U, "four metres for the pickup"),
            (C, "four metres proper job"),
            (C, "and what colour for that one we got blue or green"),
            (U, "blue"),
            (C, "which thimbles do you want stainless or galvanised"),
            (U, "stainless"),
            (
                C,
                "so thats twelve of the sixteen four of the ten and two stainless thimbles sixty one pound forty",
            ),
        ],
    ),
    (
        "q16",
        "St Ives gallery shop",
        [],
        "the artist is named for her work; one tailored recommendation for the train journey; bag and receipt questions spread out",
        [
            (U, "could i have this one please the little harbour painting"),
            (
                C,
                "course you can shes a local artist from carbis bay does all her work from the beach",
            ),
            (U, "we saw some of hers in the cafe at porthminster"),
            (C, "oh lovely she does sell a lot through there"),
            (C, "are you taking it home on the plane"),
            (U, "train to london tomorrow"),
            (
                C,
                "ill wrap it in bubble but for the train id have one of our card sleeves honestly two fifty and it wont get knocked about",
            ),
            (U, "go on then thats a good idea"),
            (C, "there we go", {"pause": 25.0}),
            (C, "did you want a bag for it or are you alright carrying", {"pause": 3.0}),
            (U, "ill carry it its fine"),
            (C, "ninety two fifty with the sleeve"),
            (U, "there you go"),
            (C, "receipt with you or in the wrapping", {"pause": 6.0}),
        ],
    ),
    (
        "q17",
        "Penzance bakery",
        [],
        "a relaxed visit with a stamp card mentioned early and the afternoon cream tea mentioned much later: two offers far apart",
        [
            (C, "morning my lovely what can i get you"),
            (U, "morning um let me have a look"),
            (C, "take your time no rush at all"),
            (
                C,
                "we got a stamp card if youre in regular buy nine and the tenth is free",
                {"pause": 6.0},
            ),
            (U, "oh go on then im in most days now"),
            (U, "ill have a large steak pasty and a couple of splits", {"pause": 12.0}),
            (C, "for your crib is it"),
            (U, "yes im working down the harbour on the scillonian refit"),
            (C, "oh thats a big job that"),
            (U, "it is ill be at it till march"),
            (C, "theres your pasty and splits and ive stamped your card", {"pause": 20.0}),
            (
                C,
                "and if you ever fancy it the cream teas are on in the afternoons for when you knock off",
                {"pause": 4.0},
            ),
            (U, "might do that friday"),
            (C, "lovely thats six forty"),
        ],
    ),
    (
        "q18",
        "Truro pharmacy",
        [],
        "the manager is named as the pharmacist for a work reason, a colleague praised; different pharmacy questions; the customer repeats her own question",
        [
            (U, "hiya can i get a pack of co codamol please"),
            (C, "course who are they for"),
            (U, "for me my back has gone again"),
            (C, "have you taken them before"),
            (U, "yes a few times"),
            (C, "are you on any other medication at all"),
            (U, "just my blood pressure tablets"),
            (
                C,
                "ill just check with mr pascoe hes the manager and our pharmacist he will know if they mix alright",
            ),
            (C, "thats fine he says just not more than three days running", {"pause": 20.0}),
            (U, "is it alright to have them with ibuprofen"),
            (C, "yes he says you can take ibuprofen alongside"),
            (U, "so i can have ibuprofen with them as well then"),
            (
                C,
                "yes my lovely and jenna on the counter is brilliant with the blood pressure machine if you want a check while youre in",
            ),
            (U, "maybe next week thanks"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout214", HELDOUT214, 2141)
