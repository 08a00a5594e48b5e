#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's held-out sets 6, 7 and 8: written by coach-2 BEFORE any engine change.

Three imagined authors, none of them the author of the rules:
  heldout6  terse American register (vet, coffee counter, phone repair, post office,
            car parts, cinema kiosk, drugstore, DIY, deli, grocery, pet store),
            recogniser style (lower case, no punctuation, numbers as words).
  heldout7  chatty British/Irish/Scottish colloquial, written WITH case and punctuation
            (butcher, chemist, cafe, newsagent, post office, chippy, DIY, garden centre,
            car parts).
  heldout8  recogniser-like text with misheard words and dropped question openers,
            and the hard "not" cases (customer gossips, helpful colleague, two offers
            far apart, "sorry" repeats).

Scored once with the engine as it stood (first-run figures in docs/rules.md). Same
timing model as the other builders: 2.6 words/s, rushed cashier 3.4 words/s, ~1 s
between turns, 0.2-0.4 s inside a rushed burst, 30 s between conversations.
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
C, U = "cashier", "customer"
R = {"rush": True}
RR = {"rush": True, "rate": 3.4}

HELDOUT6 = [
    ("q01", "vet front desk", ["gossip"], "another client's divorce and dating", [
        (C, "hi whats the name on the account"),
        (U, "miller for buster"),
        (C, "okay busters due for his shots you just missed that lady from the corner house her husband got the dog in the divorce"),
        (U, "oh wow"),
        (C, "yeah and shes dating the guy who walks it now crazy right"),
        (U, "huh"),
        (C, "thatll be eighty five forty"),
    ]),
    ("q02", "coffee counter", ["rushed_upsell"], "pastry deal, app stars, round-up", [
        (U, "medium drip coffee"),
        (C, "sure you want to add a muffin its two for five today", RR),
        (U, "no", R),
        (C, "do you have our app you earn stars on every drink", R),
        (U, "nope", R),
        (C, "want to round up for the childrens hospital", R),
    ]),
    ("q03", "phone repair", ["repeated_question"], "asks for the passcode again in other words", [
        (U, "my phone wont charge"),
        (C, "ok we can look at the port whats the passcode so we can test it after"),
        (U, "one two three four five six"),
        (C, "cool itll be about forty minutes"),
        (U, "ok"),
        (C, "and what was the code to unlock it"),
        (U, "one two three four five six i just said"),
    ]),
    ("q04", "garden center", [], "NOT gossip: coworker named as the rose expert", [
        (U, "my roses have black spots on the leaves"),
        (C, "my coworker jen is our rose person shes out back she can tell you what to spray"),
        (U, "great thanks"),
        (C, "my boss ordered a ton of the organic spray too so we have plenty"),
    ]),
    ("q05", "post office", [], "NOT repeat: 'sorry?' then asked again", [
        (C, "wheres it going"),
        (U, "sorry"),
        (C, "where is the package going"),
        (U, "canada"),
        (C, "okay priority or regular"),
        (U, "regular"),
        (C, "thats sixteen fifty"),
    ]),
    ("q06", "car parts", ["repeated_question"], "asks the truck's age again after the year was given", [
        (U, "i need brake pads for a ford f one fifty"),
        (C, "what year is it"),
        (U, "twenty fifteen"),
        (C, "front or rear"),
        (U, "front"),
        (C, "okay and how old is the truck again"),
        (U, "twenty fifteen"),
    ]),
    ("q07", "cinema kiosk", [], "NOT rushed: one tailored remark about the refill", [
        (U, "two tickets for the eight oclock"),
        (C, "sure any seat preference"),
        (U, "middle if you can"),
        (C, "got two in row f anything from the concession stand"),
        (U, "a large popcorn"),
        (C, "the large comes with a free refill just bring the bucket back"),
        (U, "nice"),
    ]),
    ("q08", "drugstore pharmacy", ["gossip"], "cashier's own drama: boyfriend arrested, rent money", [
        (U, "here to pick up for garcia"),
        (C, "one sec sorry im kind of a mess today my boyfriend got arrested last night and i used my rent money to bail him out"),
        (U, "oh no"),
        (C, "yeah my moms not speaking to me now either anyway date of birth"),
        (U, "march third eighty two"),
    ]),
    ("q09", "hardware store", ["rushed_upsell"], "bits, protection plan, store card, zip code", [
        (U, "just this drill"),
        (C, "you need bits or batteries for it", RR),
        (U, "no im good", R),
        (C, "we got a three year protection plan for nineteen ninety nine and you save ten percent today if you open a store card", R),
        (U, "no", R),
        (C, "can i get your zip code", R),
    ]),
    ("q10", "deli counter", [], "NOT gossip: customer gossips, cashier deflects", [
        (U, "did you hear about the guy from the bank cheating on his wife with the nanny"),
        (C, "i wouldnt know anything about that what can i get you"),
        (U, "everybodys talking about it apparently shes pregnant"),
        (C, "ha anyway half pound of turkey sliced thin"),
        (U, "yeah thin"),
    ]),
    ("q11", "grocery checkout", ["repeated_question"], "weekend plans asked twice", [
        (C, "hey hows it going"),
        (U, "good thanks"),
        (C, "any big plans for the weekend"),
        (U, "just my kids soccer tournament"),
        (C, "nice you want paper or plastic"),
        (U, "paper"),
        (C, "so you doing anything fun this saturday"),
        (U, "the soccer thing"),
    ]),
    ("q12", "pet store", ["gossip"], "slanders the manager, rumour he is being let go", [
        (U, "wheres the fish food"),
        (C, "aisle four dont ask our manager hes useless honestly hes on tinder all day instead of working"),
        (U, "ha okay"),
        (C, "rumor is corporate is letting him go"),
        (U, "right thanks"),
    ]),
]

HELDOUT7 = [
    ("r01", "butcher (Irish)", ["gossip"], "yer man from the chipper, thrown out, carrying on", [
        (U, "Pound of mince and four pork chops please."),
        (C, "Grand so. Did ye hear about yer man from the chipper? The missus has thrown him out."),
        (U, "Ah no."),
        (C, "Word is he's been carrying on with the young one from the Crown."),
        (U, "Right."),
        (C, "That's twelve forty."),
    ]),
    ("r02", "chemist", [], "NOT gossip: the pharmacist named helpfully", [
        (U, "Have you got anything for hay fever? The tablets aren't working."),
        (C, "Let me get Jamie, he's the pharmacist on today, he'll know what's best for you."),
        (U, "Cheers."),
        (C, "He's just finishing a prescription, two minutes."),
    ]),
    ("r03", "cafe (Scottish)", ["repeated_question"], "eat in asked twice", [
        (U, "A flat white and a tattie scone roll please."),
        (C, "Nae bother. Are ye eatin in?"),
        (U, "Aye, I'll sit in."),
        (C, "Brown sauce or red on the roll?"),
        (U, "Brown."),
        (C, "Lovely. And is that for here, hen?"),
        (U, "Aye, like I said."),
    ]),
    ("r04", "newsagent (Irish)", ["rushed_upsell"], "lotto, two-for deal, phone top-up, hospice round-up", [
        (U, "Twenty Benson and the Herald."),
        (C, "D'ya want a Lotto ticket? The jackpot's eight million tonight.", RR),
        (U, "No.", R),
        (C, "We've a Mars bar deal, two for a euro fifty, and would you top up the phone while you're here?", R),
        (U, "No, ta.", R),
        (C, "And there's a collection for the hospice if you want to round up.", R),
    ]),
    ("r05", "post office", [], "NOT rushed: routine class and receipt questions, relaxed; friendly about the customer's sister", [
        (U, "Morning, can I send this to my sister in Leeds?"),
        (C, "Course you can. First or second class?"),
        (U, "Second's fine, no rush."),
        (C, "Lovely. Is it anything valuable?"),
        (U, "Just a jumper I knitted for her birthday."),
        (C, "Oh that's lovely, she's a lucky lady. That's one eighty-five."),
        (U, "There you go."),
        (C, "Do you want a receipt?", {"pause": 6.0}),
        (U, "Go on then."),
    ]),
    ("r06", "chippy (Scottish)", ["gossip"], "the previous customer's weight and his doctor", [
        (U, "Fish supper please."),
        (C, "Salt and sauce?"),
        (U, "Aye."),
        (C, "Did ye see the big lad that was just in? In here every night, the state of him, his doctor's told him to pack it in."),
        (U, "Oh."),
        (C, "Eight fifty, pal."),
    ]),
    ("r07", "DIY", ["repeated_question"], "asks again whether the stain goes outside", [
        (U, "I'm after some wood stain."),
        (C, "What's it going on, inside or out?"),
        (U, "Outside, the garden bench."),
        (C, "Right, this one's weatherproof. How much are we covering?"),
        (U, "Just the one bench."),
        (C, "One tin'll do you then. And this is for outdoors, yeah?"),
        (U, "Yes, the bench, outside."),
    ]),
    ("r08", "cafe (Irish)", ["gossip"], "colleague on the lates: engaged to a stranger, owes money", [
        (U, "A latte to take away please."),
        (C, "No bother. Here, you know Siobhan who does the lates?"),
        (U, "The blonde girl?"),
        (C, "Yeah, she's after getting engaged to some fella she met three weeks ago, and she still owes half of us money."),
        (U, "God."),
        (C, "Three twenty please."),
    ]),
    ("r09", "garden centre", [], "NOT repeat: different questions of the same shape", [
        (U, "I want something to climb up a trellis."),
        (C, "Is it a sunny spot?"),
        (U, "Morning sun, shade in the afternoon."),
        (C, "Clematis would love that. Is it going in a pot or in the ground?"),
        (U, "In the ground."),
        (C, "Then this one's perfect. Is it for you or is it a present?"),
        (U, "For me."),
    ]),
    ("r10", "chemist (Scottish)", [], "NOT gossip: cashier's own happy plans, no drama", [
        (U, "Factor fifty suncream please."),
        (C, "Going somewhere nice?"),
        (U, "Tenerife on Saturday."),
        (C, "Oh lovely, I'm away to Majorca with my sister next month, cannae wait."),
        (U, "Ah brilliant."),
        (C, "That's nine ninety-nine."),
    ]),
    ("r11", "car parts", ["rushed_upsell"], "fitting, screenwash deal, bulbs half price, trade club", [
        (U, "Wiper blades for a Corsa please."),
        (C, "Want me to fit them for you? It's only two quid.", RR),
        (U, "No, I'm fine.", R),
        (C, "We've screenwash on three for two and our bulb kits are half price this week.", R),
        (U, "No ta.", R),
        (C, "And do you want to join our trade club? You get ten percent off.", R),
    ]),
    ("r12", "butcher", [], "NOT repeat: the customer repeats their own question", [
        (U, "Have you got any lamb shanks?"),
        (C, "Let me have a look in the back."),
        (U, "Have you got any lamb shanks at all, for Sunday?"),
        (C, "Just two left, do you want both?"),
        (U, "Yes please."),
        (C, "Anything else for you?"),
        (U, "No, that's all."),
    ]),
]

HELDOUT8 = [
    ("s01", "supermarket (misheard)", ["gossip"], "supervisor on nights sleeping with the area manager", [
        (U, "just these thanks"),
        (C, "no worries you didnt here it from me but the supervisor on knights is sleeping with the area manager"),
        (U, "really"),
        (C, "yeah and his wife works in the bakery she has no idea"),
        (U, "wow"),
        (C, "eleven twenty"),
    ]),
    ("s02", "cafe (opener dropped)", ["repeated_question"], "eat in or take away asked twice, second as a tag statement", [
        (C, "what can i get you"),
        (U, "a cappuccino please"),
        (C, "you having that in or taking away"),
        (U, "in please"),
        (C, "any sugar"),
        (U, "no thanks"),
        (C, "and thats for here yeah"),
        (U, "yes"),
    ]),
    ("s03", "vet", ["repeated_question"], "asks twice whether the cat is eating", [
        (U, "its her booster jab"),
        (C, "okay and has she been eating okay"),
        (U, "yeah shes eating fine"),
        (C, "good any sickness or anything"),
        (U, "no"),
        (C, "great and is she eating alright at the moment"),
        (U, "yes like i said"),
    ]),
    ("s04", "phone shop", ["rushed_upsell"], "car charger multibuy while stocks last, care plan, email", [
        (U, "ill take the charger"),
        (C, "do you want a car charger as well theyre two for fifteen while stocks last", RR),
        (U, "no", R),
        (C, "our phone care plan is only five ninety nine a month", R),
        (U, "no thanks", R),
        (C, "and can i grab your email for the e receipt", R),
    ]),
    ("s05", "clothes shop", [], "NOT rushed: two offers far apart in a relaxed chat", [
        (U, "ill take this jacket"),
        (C, "great are you a member of our rewards club"),
        (U, "no"),
        (C, "no problem how was the fit"),
        (U, "really good actually im going to wear it to my cousins wedding"),
        (C, "oh lovely where is the wedding"),
        (U, "in cornwall next month"),
        (C, "gorgeous we have got belts that go with it if you fancy one", {"pause": 20.0}),
        (U, "no im alright"),
        (C, "thats thirty two pounds"),
    ]),
    ("s06", "pharmacy", [], "NOT gossip: customer gossips about staff, cashier deflects", [
        (U, "is that sandra who works here shes looking big is she pregnant"),
        (C, "i couldnt say is it a prescription youre collecting"),
        (U, "i heard shes split up with her fella"),
        (C, "whats the name and address please"),
        (U, "jones fourteen park road"),
    ]),
    ("s07", "DIY", ["gossip"], "cashier's own divorce and court", [
        (U, "just the sandpaper"),
        (C, "sorry if im a bit slow im in court tomorrow for the divorce and shes going for the house"),
        (U, "oh dear"),
        (C, "my solicitor reckons ill be left with nothing"),
        (U, "sorry to hear that"),
        (C, "four fifty please"),
    ]),
    ("s08", "cinema kiosk", ["repeated_question"], "asks where they want to sit twice", [
        (U, "tickets for the new batman"),
        (C, "near the front or the back"),
        (U, "the back"),
        (C, "the seven fifteen or the nine"),
        (U, "seven fifteen"),
        (C, "cool and where did you want to sit"),
        (U, "at the back"),
    ]),
    ("s09", "garden centre", ["gossip"], "old fella from number six: drink driving, son won't speak", [
        (U, "hi can i pay for these bulbs"),
        (C, "course you know the old fella from number six"),
        (U, "mister patel"),
        (C, "yeah he lost his licence for drink driving again and his son wont speak to him"),
        (U, "oh"),
        (C, "three pound twenty"),
    ]),
    ("s10", "post office", [], "NOT repeat: 'sorry' then the question again", [
        (U, "this to france please"),
        (C, "whats in the parcel"),
        (U, "sorry"),
        (C, "whats inside the parcel"),
        (U, "oh just books"),
        (C, "okay its nine pounds forty tracked"),
        (U, "fine"),
    ]),
    ("s11", "butcher", [], "NOT gossip: the lad in the back named helpfully", [
        (U, "have you got any of that black pudding"),
        (C, "the lad in the back makes it fresh tuesdays ill ask him if theres any left"),
        (U, "cheers"),
        (C, "he says two left want both"),
        (U, "yes please"),
    ]),
    ("s12", "chemist", ["rushed_upsell"], "advantage card points, sign up, postcode, three for two", [
        (U, "just these plasters"),
        (C, "have you got our advantage card you get points on these", RR),
        (U, "no", R),
        (C, "want to sign up its free and can i take your postcode", R),
        (U, "um", R),
        (C, "and theres three for two on suncream", R),
    ]),
]


def build(stem, conversations, seed):
    rng = random.Random(seed)
    rows, labels, clock = [], {}, 0.0
    for ci, (cid, _shop, kinds, _why, turns) in enumerate(conversations):
        labels[cid] = kinds
        for ti, turn in enumerate(turns):
            speaker, text = turn[0], turn[1]
            opts = turn[2] if len(turn) > 2 else {}
            rush = opts.get("rush", False)
            rate = opts.get("rate", 3.4 if rush and speaker == C else 2.6)
            if ti == 0:
                pause = 0.0 if ci == 0 else 30.0
            elif "pause" in opts:
                pause = opts["pause"]
            else:
                pause = rng.uniform(0.2, 0.4) if rush else rng.uniform(0.8, 1.3)
            start = round(clock + pause, 2)
            end = round(start + len(text.split()) / rate, 2)
            clock = end
            rows.append({"conversation": cid, "speaker": speaker, "start": start, "end": end, "text": text})
    with open(os.path.join(HERE, f"{stem}.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    with open(os.path.join(HERE, f"{stem}_labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2)
        f.write("\n")
    print(f"{stem}: wrote {len(rows)} utterances, {len(labels)} conversations")


def main():
    build("heldout6", HELDOUT6, 61)
    build("heldout7", HELDOUT7, 71)
    build("heldout8", HELDOUT8, 81)


if __name__ == "__main__":
    main()
