# ruff: noqa: E501
"""Build the coach's held-out set 81: written BLIND by writer-81 BEFORE reading the engine, its lexicons, its docs or the other held-out sets (only the conversations README, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's skeleton were read).

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words), US big-box and chain counters: a drugstore
pharmacy pickup window, a warehouse club membership desk, an Ohio hardware
chain, a Minnesota grocery service desk, a Las Vegas casino gift shop and a
Nashville boot store.

Mix (aimed at precision: a false nudge costs more than a miss):
  4 gossip             whispered "dont tell anyone" secrets: the pharmacist's pill
                       habit, the previous customer's bankruptcy, the shift lead's
                       affair, the cashier's own eviction.
  4 repeated_question  boot size, hoodie color, whether flowers are a gift, how long
                       the customer is in town, each asked again in other words after
                       a clear answer.
  3 rushed_upsell      membership upgrade / protection plan / store card with sign-up
                       bonus / phone number for rewards / round-up donation, fired in
                       a burst (R / RR pacing).
  7 unlabelled         hard near-misses: warm chat about the customer's family and the
                       cashier's harmless day; a colleague praised in a product context
                       and the manager named only for a rule; a customer who gossips
                       while the cashier deflects; an order read back to confirm; a
                       "sorry" re-ask plus different questions of the same shape; one
                       tailored recommendation with the usual bag and receipt
                       questions; two offers far apart in a relaxed visit.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT81 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "drugstore pharmacy pickup", ["gossip"],
     "pharmacy tech whispers a 'dont tell anyone' secret that the pharmacist steals opioids from stock",
     [
         (C, "hi there are you picking up today"),
         (U, "yeah for denise kowalski birthday march third"),
         (C, "okay give me one second"),
         (C, "got it one bottle of the amoxicillin", {"pause": 4.0}),
         (U, "great thanks"),
         (C, "between you and me dont tell anyone but the pharmacist back there has been helping himself to the oxy again"),
         (C, "the counts come up short every friday and he walks around all glassy eyed after lunch"),
         (U, "oh um okay"),
         (C, "seriously keep that to yourself i could lose my job over it anyway thats twelve fifty"),
         (U, "card please"),
         (C, "youre all set"),
     ]),
    ("q02", "warehouse club membership desk", ["gossip"],
     "clerk tells a member that the previous customer filed for bankruptcy and is losing his house, as a secret",
     [
         (C, "next member please hi what can i do for you"),
         (U, "i need to renew my membership its under hanson"),
         (C, "sure thing let me pull that up"),
         (C, "okay found you", {"pause": 3.0}),
         (C, "so dont tell anyone but that guy ahead of you with the flatbed cart his card got shut off because he filed for bankruptcy"),
         (U, "oh i didnt notice"),
         (C, "yeah his wife was in here last week crying about it theyre losing the house and the boat too keep that quiet though"),
         (U, "thats really not my business"),
         (C, "fair enough your renewal is sixty five dollars"),
         (U, "here is my card"),
         (C, "all done youre good through next june"),
     ]),
    ("q03", "Ohio hardware chain", ["gossip"],
     "cashier points out the married shift lead and says he is having an affair with a garden center worker, 'keep it between us'",
     [
         (C, "hey how we doing today find everything"),
         (U, "yep just the furnace filters and a box of wood screws"),
         (C, "smart cold snap coming this week"),
         (U, "thats what they say up in akron six inches maybe"),
         (C, "okay dont tell anyone i told you but see the shift lead over by the key machine"),
         (U, "the guy in the vest"),
         (C, "yeah him hes married but hes been sneaking off with the girl from the garden center every lunch break and his wife has no idea"),
         (C, "whole store knows except her so just keep it between us"),
         (U, "huh okay"),
         (C, "alright that comes to thirty one eighteen"),
         (U, "card"),
         (C, "receipt is in the bag have a good one"),
     ]),
    ("q04", "Las Vegas casino gift shop", ["gossip"],
     "cashier overshares her own eviction and her boyfriend not paying rent, asking the customer not to tell anyone",
     [
         (C, "hi welcome did you find everything"),
         (U, "yes just this keychain and the sunscreen"),
         (C, "good call its like a hundred and ten out there today"),
         (U, "i know we nearly melted walking the strip"),
         (C, "honestly dont tell anyone here but im getting evicted on friday"),
         (C, "my landlord found out my boyfriend moved in and he hasnt paid his half in three months so were out and i havent told my supervisor because i might be sleeping in my car"),
         (U, "oh gosh im sorry to hear that"),
         (C, "yeah please dont say anything to anybody okay its nineteen forty five"),
         (U, "here you go"),
         (C, "thank you enjoy your stay"),
     ]),
    # ----------------------------------------------------- repeated_question
    ("q05", "Nashville boot store", ["repeated_question"],
     "clerk asks the boot size, gets 'mens ten and a half', then asks what size he normally wears in a boot",
     [
         (C, "hey yall welcome in what can i help you find"),
         (U, "i want to try on the brown ropers in the window"),
         (C, "great pick what size are you"),
         (U, "mens ten and a half regular width"),
         (C, "be right back"),
         (C, "here you go try these on", {"pause": 25.0}),
         (U, "oh yeah these feel really good"),
         (C, "awesome and what size do you normally wear in a boot"),
         (U, "ten and a half like i said"),
         (C, "right sorry okay lets ring these up up front"),
         (C, "that comes to one eighty nine ninety nine"),
         (U, "card is fine"),
     ]),
    ("q06", "Las Vegas casino gift shop", ["repeated_question"],
     "cashier asks which color the son likes, gets 'black definitely', then asks which color again after finding the size",
     [
         (C, "hi there looking for anything in particular"),
         (U, "yeah one of those casino hoodies for my son"),
         (C, "sure we have them in black gray and red which color does he like"),
         (U, "black definitely he wears nothing else"),
         (C, "okay and what size"),
         (U, "large"),
         (C, "let me dig through the stack here"),
         (C, "found a large and which color were you going for", {"pause": 6.0}),
         (U, "black i said black"),
         (C, "oh right black okay"),
         (C, "that will be fifty four ninety nine"),
         (U, "here"),
     ]),
    ("q07", "Minnesota grocery service desk", ["repeated_question"],
     "clerk asks if the flowers are a gift, gets 'yes for my sister', later asks if they are for her or for someone else",
     [
         (C, "hi there what can i do for you"),
         (U, "id like this bouquet and a card to go with it"),
         (C, "oh those are pretty are they a gift for someone"),
         (U, "yes for my sister shes having surgery tomorrow down at mayo"),
         (C, "oh gosh well i hope it all goes well"),
         (U, "thanks me too"),
         (C, "want me to wrap the stems in some wet paper"),
         (U, "sure that would be great"),
         (C, "there we go so are these for you or are you giving them to somebody", {"pause": 8.0}),
         (U, "theyre for my sister like i mentioned"),
         (C, "oh right sorry that will be twenty four ninety nine"),
         (U, "card please"),
         (C, "you betcha have a good one"),
     ]),
    ("q08", "Nashville boot store", ["repeated_question"],
     "clerk asks how long the tourist is in town, gets 'till sunday four nights', later asks how many days she is staying",
     [
         (C, "hey welcome in yall visiting nashville"),
         (U, "yeah we flew in from boston last night"),
         (C, "oh fun how long are you in town for"),
         (U, "just till sunday so four nights"),
         (C, "nice plenty of time for broadway then"),
         (U, "thats the plan we have tickets for the opry saturday"),
         (C, "okay so these are the black stitched ones in an eight"),
         (U, "yes those are the ones"),
         (C, "great and how many days are you staying here"),
         (U, "um till sunday i just said"),
         (C, "ha right sorry your total is two hundred twelve fifty"),
         (U, "card"),
     ]),
    # --------------------------------------------------------- rushed_upsell
    ("q09", "warehouse club membership desk", ["rushed_upsell"],
     "executive upgrade, protection plan, club credit card with gift card bonus and phone number for rewards in one burst",
     [
         (U, "hi i just need to renew my basic membership"),
         (C, "sure do you want to upgrade to executive today you get two percent back", RR),
         (U, "no", R),
         (C, "okay and want to add the protection plan on that tv in your cart its only forty nine", R),
         (U, "um no", R),
         (C, "we also have the club credit card you get a fifty dollar gift card if you sign up today", R),
         (U, "i just", R),
         (C, "and can i get a phone number for the rewards", R),
         (U, "no thanks just the renewal please"),
         (C, "okay sixty five dollars"),
     ]),
    ("q10", "drugstore pharmacy pickup", ["rushed_upsell"],
     "rewards phone number, rewards sign-up, round-up donation and store card fired while the customer barely answers",
     [
         (C, "hi name and birthday please"),
         (U, "tom becker june ninth nineteen seventy"),
         (C, "okay two prescriptions here", {"pause": 4.0}),
         (C, "whats your phone number for rewards", RR),
         (U, "i dont have", R),
         (C, "want to sign up you get five dollars off today", R),
         (U, "no", R),
         (C, "would you like to round up for the childrens hospital", R),
         (U, "uh", R),
         (C, "and our store credit card saves you fifteen percent on this order", R),
         (U, "no just the prescriptions"),
         (C, "okay eighteen dollars"),
     ]),
    ("q11", "Ohio hardware chain", ["rushed_upsell"],
     "protection plan on a drill, store card with twenty five off, rewards phone number and round-up donation in quick succession",
     [
         (C, "find everything okay"),
         (U, "yep just this cordless drill"),
         (C, "want the three year protection plan on that its twenty nine ninety nine", RR),
         (U, "nah", R),
         (C, "okay and if you open our store card today you get twenty five dollars off", R),
         (U, "no thanks", R),
         (C, "can i get a phone number for your rewards", R),
         (U, "i", R),
         (C, "and do you want to round up for the troops today", R),
         (U, "no just the drill please"),
         (C, "okay one thirty four ninety nine"),
         (U, "card"),
     ]),
    # ------------------------------------------------- unlabelled near-misses
    ("q12", "Minnesota grocery service desk", [],
     "NOT gossip: warm chat about the customer's grandson starting college and the clerk's harmless busy morning",
     [
         (C, "hi there what can i help you with"),
         (U, "a book of stamps and i need to mail this package to my grandson"),
         (C, "oh sure where is it headed"),
         (U, "duluth hes starting at the university up there next week"),
         (C, "oh how exciting first year"),
         (U, "yep were all so proud he wants to be an engineer"),
         (C, "good for him my morning has been nothing but lottery tickets and milk returns so this is a nice change"),
         (U, "ha well somebody has to do it"),
         (C, "you betcha the package is eleven forty and the stamps are thirteen twenty"),
         (U, "here you go"),
         (C, "tell him good luck up there"),
     ]),
    ("q13", "Ohio hardware chain", [],
     "NOT gossip: colleague praised for plumbing know-how in a product context; manager named only for the no-receipt return rule",
     [
         (C, "hi there find what you needed"),
         (U, "mostly i couldnt figure out which shutoff valve fits my old copper pipe"),
         (C, "oh you want gary over in plumbing he did pipefitting for thirty years and knows those old houses inside out"),
         (U, "great ill grab him after this"),
         (C, "yeah hes the best we have for that stuff"),
         (U, "also can i return these hinges i dont have the receipt"),
         (C, "i can look it up on your card but my manager karen says without a receipt it has to go on store credit"),
         (U, "thats fine"),
         (C, "okay thats done and the caulk is eight forty nine"),
         (U, "card please"),
         (C, "youre all set go find gary"),
     ]),
    ("q14", "drugstore pharmacy pickup", [],
     "NOT gossip: the customer gossips about a neighbor's habits and son's arrest; the tech declines to discuss other patients and steers back",
     [
         (C, "hi are you picking up"),
         (U, "yes for ruth anderson"),
         (C, "okay one moment"),
         (C, "found it one item", {"pause": 4.0}),
         (U, "you know my neighbor carol gets her pills here too and i think shes hooked on something she was out on the lawn at two in the morning screaming at her husband"),
         (C, "oh i really cant talk about other patients"),
         (U, "well i bet you know and her son got arrested last month too the whole block is talking"),
         (C, "i hope everyones okay anyway for yours do you have any questions about the dosage"),
         (U, "no i know how to take it"),
         (C, "great thats ten dollars even"),
         (U, "here"),
         (C, "have a good day"),
     ]),
    ("q15", "Minnesota grocery service desk", [],
     "NOT a repeat: the clerk reads the whole cake and tray order back once to confirm it",
     [
         (C, "hi there what can i do for you"),
         (U, "id like to order a sheet cake and a veggie tray for my daughters graduation party"),
         (C, "oh congrats okay what size cake"),
         (U, "half sheet white cake with buttercream"),
         (C, "and what should it say on top"),
         (U, "congratulations emma class of twenty twenty five"),
         (C, "and for the veggie tray small medium or large"),
         (U, "large we have about forty people coming"),
         (C, "and when do you need it"),
         (U, "saturday morning by ten"),
         (C, "okay let me read that back half sheet white cake with buttercream saying congratulations emma class of twenty twenty five and one large veggie tray for pickup saturday by ten is that right"),
         (U, "yep thats it"),
         (C, "perfect you pay at pickup see you saturday"),
     ]),
    ("q16", "Las Vegas casino gift shop", [],
     "NOT a repeat: size asked for two different items, and the room-or-pay question re-asked only because the customer could not hear over the slots",
     [
         (C, "hi there find everything okay"),
         (U, "yeah a couple shirts and a hoodie"),
         (C, "great what size for the t shirts"),
         (U, "mediums both of them"),
         (C, "and what size for the hoodie"),
         (U, "that one large its for my husband"),
         (C, "you want to charge it to your room or pay now"),
         (U, "sorry the slot machines are so loud"),
         (C, "did you want it on your room or pay now"),
         (U, "pay now on card"),
         (C, "okay that is seventy two fifty"),
         (U, "here"),
         (C, "thanks enjoy the rest of your trip"),
     ]),
    ("q17", "Nashville boot store", [],
     "NOT rushed: one tailored recommendation (leather protector for a rainy festival) plus the usual box, bag and receipt questions in a relaxed visit",
     [
         (C, "hey welcome back how did those feel"),
         (U, "honestly like slippers im getting the tan ones"),
         (C, "awesome are you wearing them around town this week"),
         (U, "yeah and to an outdoor festival sunday they said it might rain"),
         (C, "oh then id grab a can of the water and stain protector that tan leather will spot if it gets soaked"),
         (U, "good idea ill take one"),
         (C, "great do you want them in the box or are you wearing them out"),
         (U, "wearing them out put my sneakers in the box"),
         (C, "can do and do you need a bag for the box", {"pause": 5.0}),
         (U, "yes please"),
         (C, "okay thats two sixty four eighteen"),
         (U, "card"),
         (C, "receipt in the bag or in your hand"),
         (U, "in the bag is fine have a good one"),
     ]),
    ("q18", "warehouse club membership desk", [],
     "NOT rushed: executive tier mentioned once when explaining options, the club credit card mentioned once at the end, far apart in a relaxed sign-up",
     [
         (C, "hi there what can we do for you today"),
         (U, "i need to sign up for a membership we just moved to town"),
         (C, "oh welcome where from"),
         (U, "phoenix my husband got a job at the hospital"),
         (C, "nice so we have basic at sixty five and executive at one thirty that one gives you two percent back"),
         (U, "i think basic is fine for now"),
         (C, "sure thing look at the little camera for your photo"),
         (U, "oh that one is not bad actually", {"pause": 4.0}),
         (C, "ha they usually arent you picked a good season to move the trails by the river are gorgeous in the fall"),
         (U, "thats what everyone keeps telling us we cant wait"),
         (C, "okay your card is printing", {"pause": 35.0}),
         (C, "one last thing we do have a club credit card if you ever want it no rush heres a brochure", {"pause": 3.0}),
         (U, "thanks ill look at it"),
         (C, "welcome to the neighborhood"),
     ]),
]


def _check(conversations):
    ids = [c[0] for c in conversations]
    assert ids == [f"q{i:02d}" for i in range(1, 19)], ids
    for cid, _shop, _kinds, why, turns in conversations:
        assert 6 <= len(turns) <= 14, (cid, len(turns))
        assert why, cid
        for turn in turns:
            assert turn[0] in (C, U), (cid, turn)
            assert re.fullmatch(r"[a-z]+( [a-z]+)*", turn[1]), (cid, turn[1])


if __name__ == "__main__":
    _check(HELDOUT81)
    build("heldout81", HELDOUT81, 811)
