#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's EIGHTEENTH held-out set: written by writer-18 BEFORE reading the engine, its lexicons or the other held-out sets (only build_heldout678.py was read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, numbers as words,
fillers such as "erm", "like", "you know"):
  - an older cashier in a Yorkshire market-town greengrocer and butcher;
  - a Nigerian-British cashier in a Birmingham supermarket;
  - a student on a Scottish bakery counter;
  - a Northern Irish off-licence / newsagent;
  - shops not often used: optician, key cutting and shoe repair, toy shop, garden
    centre, charity shop, builder's merchant, cinema kiosk, ferry ticket office.

16 conversations: 4 gossip, 4 repeated_question, 3 rushed_upsell and 5 hard "not"
cases (customer gossips while the cashier deflects, a colleague named helpfully,
"sorry?" then asked again plus same-shaped different questions, one tailored
recommendation, two offers far apart in a relaxed chat). Labels follow
/work/shared/conversations/README.md. Timing uses build_heldout678.build.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build_heldout678 import RR, C, R, U, build

HELDOUT18 = [
    # ---- gossip ----
    (
        "h01",
        "yorkshire greengrocer and butcher",
        ["gossip"],
        "about the previous customer's unpaid tab and his wife checking up on him",
        [
            (U, "can i have a pound of mince and two of them leeks please love"),
            (
                C,
                "course you can erm that fella who were in just before you he's not settled his tab in three weeks",
            ),
            (U, "oh right"),
            (
                C,
                "and his missus come in yesterday asking if he'd been spending the housekeeping at the bookies i didn't know where to put meself",
            ),
            (U, "mm"),
            (C, "anyway that's six pound forty love"),
            (U, "there you go"),
        ],
    ),
    (
        "h02",
        "birmingham supermarket",
        ["gossip"],
        "a colleague's affair with a new starter",
        [
            (C, "hello auntie you alright did you find everything"),
            (U, "yes thank you dear"),
            (
                C,
                "you know tunde on the fish counter like he's been sloping off with the new girl from the bakery every single lunch",
            ),
            (U, "oh really"),
            (
                C,
                "and his wife has no idea o she came in on friday and he hid in the warehouse till she left",
            ),
            (U, "goodness me"),
            (C, "anyway that's twenty two fifty do you need any bags"),
        ],
    ),
    (
        "h03",
        "scottish bakery counter",
        ["gossip"],
        "the student cashier's own break-up, lost deposit and family row",
        [
            (U, "can i get two steak bakes and a strawberry tart"),
            (
                C,
                "aye nae bother erm sorry if i'm all over the place the day my boyfriend finished with me last night by text",
            ),
            (U, "oh no"),
            (
                C,
                "and he's still got like four hundred quid of mine from the flat deposit and my maw's no speaking to me since sunday",
            ),
            (U, "that's rough"),
            (C, "so aye that's five pound twenty"),
        ],
    ),
    (
        "h04",
        "northern irish off-licence",
        ["gossip"],
        "the owner cheating staff out of sunday pay and holidaying on it",
        [
            (U, "twenty regal blue and a scratch card please"),
            (
                C,
                "no bother big lad see the owner here he's been jiggling the rotas so he never has to pay us the sunday rate",
            ),
            (U, "is that right"),
            (
                C,
                "aye and he's away to marbella again on the back of it you know that's his third trip this year",
            ),
            (U, "fair enough"),
            (C, "that's sixteen pound eighty"),
        ],
    ),
    # ---- repeated_question ----
    (
        "h05",
        "optician reception",
        ["repeated_question"],
        "last eye test asked again in other words (no shared content words)",
        [
            (C, "morning have you got an appointment with us"),
            (U, "yes half ten mrs okafor"),
            (C, "lovely and when did you last have your eyes tested"),
            (U, "erm about two years ago at another place"),
            (C, "okay take a seat the optometrist won't be long"),
            (U, "thanks"),
            (C, "oh sorry how long has it been since anyone checked your sight"),
            (U, "two years like i said"),
        ],
    ),
    (
        "h06",
        "key cutting and shoe repair",
        ["repeated_question"],
        "statement-question with a tag re-asks whether the customer just moved",
        [
            (U, "two copies of this yale key please"),
            (C, "yeah no bother is it for a new place"),
            (U, "yeah we just got the keys to a flat on station road last week"),
            (C, "nice one they'll be about five minutes erm do you want coloured heads on them"),
            (U, "just plain's fine"),
            (C, "so you've only recently moved in then have you"),
            (U, "yeah last week like i said"),
            (C, "there you go that's nine pound"),
        ],
    ),
    (
        "h07",
        "toy shop",
        ["repeated_question"],
        "child's age asked again a few turns later, customer repeats the answer",
        [
            (U, "i'm looking for a present for my niece"),
            (C, "ooh lovely how old is she"),
            (U, "she'll be six on saturday"),
            (C, "the craft kits are really popular erm or the little building sets"),
            (U, "i'll take the craft one"),
            (C, "shall i gift wrap it for you"),
            (U, "yes please"),
            (C, "and what age is she turning"),
            (U, "six she's six"),
        ],
    ),
    (
        "h08",
        "garden centre till",
        ["repeated_question"],
        "delivery or carry asked again after the customer said they have the van",
        [
            (U, "three bags of compost and that acer please"),
            (C, "right you are do you want these delivering or are you taking them yourself"),
            (U, "taking them i've got the van out front"),
            (C, "lovely the acer wants a shady spot mind not too much wind"),
            (U, "it's going by the back fence"),
            (C, "perfect so is somebody bringing these round for you or"),
            (U, "no no i've got the van"),
        ],
    ),
    # ---- rushed_upsell ----
    (
        "h09",
        "cinema kiosk",
        ["rushed_upsell"],
        "size upgrade, combo, membership card, email for film club in a burst",
        [
            (U, "one small popcorn please"),
            (C, "for fifty p more you can go large", RR),
            (U, "no thanks", R),
            (C, "want to make it a combo with a drink and nachos", R),
            (U, "just the popcorn", R),
            (C, "have you got the unlimited card you'd save on tonight", R),
            (U, "no", R),
            (C, "and can i grab your email for the film club", R),
        ],
    ),
    (
        "h10",
        "builder's merchant trade counter",
        ["rushed_upsell"],
        "drill cover, half-price bits, trade account, email for offers",
        [
            (U, "just this drill and a box of screws mate"),
            (C, "do you want the three year cover on the drill it's only twelve quid", RR),
            (U, "nah", R),
            (C, "we've got the bit set half price with it an all", R),
            (U, "no ta", R),
            (C, "you opened a trade account yet takes two minutes", R),
            (C, "and what's your email we'll send you the monthly deals", R),
        ],
    ),
    (
        "h11",
        "ferry ticket office",
        ["rushed_upsell"],
        "lounge, priority boarding, insurance, lifeboat round-up",
        [
            (U, "one foot passenger to belfast coming back sunday"),
            (C, "would you like to add lounge access it's eighteen pound", RR),
            (U, "no", R),
            (C, "priority boarding's another five", R),
            (U, "erm no", R),
            (C, "travel insurance with that", R),
            (U, "no", R),
            (C, "and would you like to round it up for the lifeboats", R),
        ],
    ),
    # ---- hard "not" cases ----
    (
        "h12",
        "charity shop",
        [],
        "NOT gossip: the customer gossips about a donor, the cashier deflects",
        [
            (
                U,
                "here that woman who just left she's the one who brought in all her late husband's suits",
            ),
            (C, "oh i couldn't say love erm was it just the jigsaw and the two books"),
            (U, "aye and i heard she's got a new fella already"),
            (
                C,
                "that's not for me to say is it that's three pound fifty it all goes to the hospice",
            ),
            (U, "there you go"),
            (C, "thank you have a lovely day"),
        ],
    ),
    (
        "h13",
        "yorkshire butcher",
        [],
        "NOT gossip: colleague named helpfully for boning and rolling a joint",
        [
            (U, "i'm doing a roast for eight on sunday what would you suggest"),
            (
                C,
                "erm a rolled brisket would do you proud our kev out back'll bone and roll it for you if you ask him",
            ),
            (U, "oh lovely"),
            (
                C,
                "he's been doing it forty year he knows what he's about you'll want about three kilo",
            ),
            (U, "go on then"),
            (C, "i'll give him a shout"),
        ],
    ),
    (
        "h14",
        "northern irish newsagent",
        [],
        "NOT repeat: 'sorry' then the draw asked again; bag and receipt are different questions of the same shape",
        [
            (U, "a lucky dip and the belfast telegraph please"),
            (C, "is that for saturday's draw or wednesday's"),
            (U, "sorry"),
            (C, "which draw do you want it for saturday or wednesday"),
            (U, "oh saturday"),
            (C, "grand do you want a bag for them"),
            (U, "no ta"),
            (C, "do you want your receipt that's four pound twenty"),
            (U, "no you're alright"),
        ],
    ),
    (
        "h15",
        "scottish bakery counter",
        [],
        "NOT rushed: one tailored suggestion for a child's party",
        [
            (U, "can i get a dozen of the wee iced cakes it's for my boy's party"),
            (C, "aye nae bother how many weans are coming"),
            (U, "about fifteen"),
            (
                C,
                "erm the traybake box does twenty pieces for about the same money if you want enough to go round",
            ),
            (U, "oh go on then i'll take that instead"),
            (C, "lovely that's eleven pound fifty"),
        ],
    ),
    (
        "h16",
        "birmingham supermarket",
        [],
        "NOT rushed: a wine offer and a rewards card far apart in a relaxed chat",
        [
            (C, "hiya you alright how's your day going"),
            (U, "not bad just getting bits for the weekend"),
            (C, "nice doing anything fun"),
            (U, "my sister's coming down from manchester"),
            (
                C,
                "aw lovely erm the wine's three for twenty this week if you're having people round",
            ),
            (U, "oh i'll have a look next time"),
            (C, "is she stopping long"),
            (U, "just the weekend you know"),
            (C, "that's thirty one forty have you got a rewards card", {"pause": 2.0}),
        ],
    ),
]


if __name__ == "__main__":
    build("heldout18", HELDOUT18, 181)
