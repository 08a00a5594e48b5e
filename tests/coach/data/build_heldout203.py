# ruff: noqa: E501
"""Build the coach's held-out set 203: written by writer-203 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Cumbrian English:
"marra", "yem", "laal", "gander", "champion", "fell", "offcomer"): till staff and
customers in the Lake District and Cumbria, at a Keswick outdoor shop, a Kendal
sweet shop, a village pharmacy, a Windermere boat-hire kiosk, a Penrith butcher
and a petrol-station shop on the A66. The cashier sometimes speaks twice in a row.

Mix, 18 conversations: 4 gossip (a previous customer's holiday-let tax dodge, the
manager's affair with a walking guide, a colleague's shoplifting caution, the
cashier's own son's failed rehab); 4 repeated_question (which map, how many
pasties, what boot size, whether they are going up the fell today; in one the
re-ask shares a turn with the price); 3 rushed_upsell (loyalty card,
mountain-rescue donation, waterproofing spray, insurance add-on and newsletter
pushed back to back); 7 hard "not" cases (warm chat about the customer's own
plans, colleagues and the manager named for work or praised, a customer who
gossips while the cashier deflects, an order read back to confirm it, "sorry?"
re-asks and same-shaped but different questions, a customer repeating their own
question, one tailored recommendation with the routine bag and receipt
questions, and two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT203 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "petrol-station shop on the A66",
        ["gossip"],
        "cashier tells the next customer that the man who just left dodges tax on his holiday lets",
        [
            (C, "Morning. Pump six, is it?"),
            (U, "Aye, six. And this paper."),
            (C, "Did you see him that was just in front of you? Big grey Range Rover, gilet on?"),
            (U, "Not really, no."),
            (
                C,
                "He's got four holiday lets down Borrowdale way, rents them out every week of the year, and he tells the taxman they're for his family. Not a penny declared.",
            ),
            (
                C,
                "My cousin does his changeovers, she says he pays her cash in an envelope so none of it shows up anywhere. Bold as brass, that one.",
            ),
            (U, "Right. Can I pay on card?"),
            (C, "Course. Fifty-eight pound twenty, pet."),
            (U, "Ta."),
        ],
    ),
    (
        "q02",
        "Keswick outdoor shop",
        ["gossip"],
        "cashier tells a customer the shop manager is carrying on with a married walking guide",
        [
            (C, "Hiya. Just the socks and the head torch?"),
            (U, "That's it, thanks."),
            (C, "Grand. Them socks are lovely, I live in mine."),
            (U, "Good to hear."),
            (
                C,
                "Don't look now but that's our manager going out the back with the fella in the red jacket. He's one of the walking guides.",
            ),
            (
                C,
                "Between you and me she's been seeing him since Easter, and he's a wife and two bairns yem in Cockermouth. Whole of Keswick knows bar his missus.",
            ),
            (U, "Oh. Well, none of my business really."),
            (C, "That's thirty-four ninety-eight altogether."),
            (U, "There you go."),
        ],
    ),
    (
        "q03",
        "Kendal sweet shop",
        ["gossip"],
        "cashier tells a customer that a colleague got a police caution for shoplifting",
        [
            (C, "Now then, what can I get you?"),
            (U, "Quarter of rum and butter toffees and a bar of the mint cake, please."),
            (C, "Lovely. I'm on my own today, Shannon's not in."),
            (U, "Oh aye?"),
            (
                C,
                "She's been suspended, hasn't she. Got caught nicking from the big Boots in Westmorland Centre, police were called and all, she got a caution.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Her mam's mortified, goes to our chapel. And I reckon she's had her fingers in our till an' all, if you ask me.",
            ),
            (U, "Right. How much is that?"),
            (C, "Three pound forty, love."),
        ],
    ),
    (
        "q04",
        "village pharmacy",
        ["gossip"],
        "cashier overshares her own son's relapse after rehab to a customer buying throat sweets",
        [
            (C, "Hello there, just these lozenges?"),
            (U, "Yes please, and a packet of paracetamol."),
            (C, "No bother. Sorry if I'm a bit all over the place today."),
            (U, "That's alright."),
            (
                C,
                "It's our Liam. He came out of the rehab place in Carlisle three weeks since, and Saturday night he was back on it, worse than before. Police brought him yem at four in the morning.",
            ),
            (
                C,
                "Nine grand that place cost us, we remortgaged for it, and his dad's not speaking to him now. I've not slept since.",
            ),
            (U, "I'm sorry to hear that."),
            (C, "Anyway. That's five pound sixty."),
            (U, "Here you are."),
            (C, "Thank you, love."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Keswick outdoor shop",
        ["repeated_question"],
        "cashier asks which map the customer wants, then asks again in other words after chat about the weather",
        [
            (C, "Morning! Which map are you after?"),
            (U, "The OL4, the north-western one. I've left mine at home."),
            (C, "Easy done. Grand day for it, mind, cloud's lifting off Skiddaw already."),
            (U, "Aye, forecast says it'll stay dry till teatime."),
            (C, "Champion. You'll have a cracking view off the top."),
            (U, "Hope so."),
            (C, "Now, which sheet was it you needed, the Ordnance Survey for this side?"),
            (U, "The OL4. North-western fells."),
            (C, "Right you are. Nine ninety-nine."),
        ],
    ),
    (
        "q06",
        "Penrith butcher",
        ["repeated_question"],
        "butcher asks how many pasties, gets an answer, then re-asks it tucked into the same turn as the price",
        [
            (C, "Now then, marra. What are you having?"),
            (U, "Two pork pies and some of them steak pasties."),
            (C, "How many pasties do you want?"),
            (U, "Four, please. The lads are working up at the farm."),
            (C, "Haymaking, are they?"),
            (U, "Aye, making the most of it while it's fine."),
            (C, "Good on them. It's been a wet un this year."),
            (
                C,
                "Pork pies come to four eighty, and how many of the pasties was you wanting, love?",
            ),
            (U, "Four. Like I said."),
            (C, "Four it is. Twelve pound eighty all in."),
        ],
    ),
    (
        "q07",
        "Keswick outdoor shop",
        ["repeated_question"],
        "cashier asks the customer's boot size, then asks what size they take again after chatting about the route",
        [
            (U, "Have you these in stock, the brown leather ones?"),
            (C, "Should have. What size are you?"),
            (U, "A nine. Sometimes a nine and a half in walking boots."),
            (C, "Where are you off walking, then?"),
            (U, "Coast to coast, starting St Bees next Saturday."),
            (C, "Ooh, big un. You'll want them broke in before you set off."),
            (U, "That's the plan."),
            (C, "So what size do you take in a boot?"),
            (U, "Nine. Maybe nine and a half."),
            (C, "I'll fetch both from the back."),
        ],
    ),
    (
        "q08",
        "petrol-station shop on the A66",
        ["repeated_question"],
        "cashier asks if the customer is going up the fell today, gets yes, then asks again after small talk",
        [
            (C, "Hiya. Going up the fell today?"),
            (U, "Aye, Blencathra, up Sharp Edge."),
            (C, "Rather you than me."),
            (C, "Is that mint cake all you're having?"),
            (U, "And two bottles of water."),
            (C, "Good lad. It's warm out there already."),
            (U, "Aye, I'll be sweating cobs."),
            (C, "So are you heading up on the tops this morning, then?"),
            (U, "Yeah, Blencathra, I said."),
            (C, "Four pound fifteen, please."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Keswick outdoor shop",
        ["rushed_upsell"],
        "waterproofing spray, loyalty card and mountain-rescue donation fired off back to back",
        [
            (C, "Hiya. Just the jacket?"),
            (U, "Yes thanks."),
            (
                C,
                "Do you want a can of the waterproofing spray with that, it's on offer at six ninety-nine?",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Have you got one of our loyalty cards, takes two minutes, ten percent off today?",
                R,
            ),
            (U, "Er, no.", R),
            (C, "And can I add a pound for Keswick Mountain Rescue?", R),
            (U, "Just the jacket.", R),
            (C, "Hundred and twenty-nine pound then, card in when it's ready."),
        ],
    ),
    (
        "q10",
        "Windermere boat-hire kiosk",
        ["rushed_upsell"],
        "damage insurance add-on, newsletter and loyalty card pushed in quick succession",
        [
            (U, "A motorboat for an hour, please. Two of us."),
            (C, "Lovely. Do you want the damage cover on it, it's only eight pound extra?", RR),
            (U, "Not really.", R),
            (C, "Can I take your email for our newsletter, we send out offers?", R),
            (U, "Er.", R),
            (C, "And we've a loyalty card, stamp every hire, sixth one free.", R),
            (C, "Want one doing?", R),
            (U, "No, just the boat.", R),
            (C, "Forty-five pound, then. Jackets are on the jetty."),
        ],
    ),
    (
        "q11",
        "petrol-station shop on the A66",
        ["rushed_upsell"],
        "loyalty card, newsletter sign-up, meal deal and mountain-rescue round-up at a customer who barely replies",
        [
            (C, "Pump two?"),
            (U, "Yeah."),
            (C, "Got our fuel card, you get points on every litre?", RR),
            (U, "No.", R),
            (C, "Want me to sign you up to the newsletter, you get a free coffee?", R),
            (C, "Sandwich, crisps and a drink's three ninety-nine an' all.", R),
            (U, "Nah.", R),
            (C, "Round it up for mountain rescue?", R),
            (U, "Just the fuel, mate.", R),
            (C, "Sixty-two pound ten then."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Keswick outdoor shop",
        [],
        "warm chat about the customer's own anniversary walk, one tailored gaiter recommendation, bag and receipt spread out",
        [
            (C, "Hello! Found everything you wanted?"),
            (
                U,
                "I think so. We're doing Catbells tomorrow, it's our fortieth anniversary. We did it on our honeymoon.",
            ),
            (C, "Oh, that's lovely, that. Forty years! Is it your first time back since?"),
            (U, "Third time. We're not as quick as we were, mind."),
            (C, "You'll be grand, take your time and stop for a butty at the top."),
            (
                C,
                "If you're coming down the Newlands side, it's been right boggy this week. Some gaiters would save your trousers, there's a pair there for fifteen pound.",
            ),
            (U, "Oh, go on, that's a good shout. Add a pair."),
            (C, "Champion. Have a smashing day, the pair of you.", {"pause": 4.0}),
            (C, "Do you need a bag for these?"),
            (U, "Yes please."),
            (C, "And do you want the receipt, or shall I pop it in?", {"pause": 3.0}),
            (U, "Pop it in the bag, thanks."),
        ],
    ),
    (
        "q13",
        "Kendal sweet shop",
        [],
        "the customer gossips about a neighbour and the cashier steers back to the sweets",
        [
            (C, "Afternoon. What'll it be?"),
            (
                U,
                "Two ounce of pear drops. Here, did you hear about her at number twelve on our road?",
            ),
            (C, "I don't think I know her."),
            (
                U,
                "Her husband's left her for the lass from the Co-op, and she's only gone and put the house up for sale without telling him.",
            ),
            (C, "Well, I'd not know owt about that. Pear drops, was it? Let me get the jar down."),
            (U, "And her lad's been up in court for something. Shocking."),
            (
                C,
                "Do you fancy trying these new rhubarb and custards? They're made up the road in Staveley.",
            ),
            (U, "Go on then, a laal bag of them an' all."),
            (C, "That's three pound twenty, love."),
            (U, "There you go."),
        ],
    ),
    (
        "q14",
        "village pharmacy",
        [],
        "the pharmacist is named for a work reason and praised, and the cashier reads the prescription back to confirm it",
        [
            (C, "Hello, collecting or dropping off?"),
            (U, "Collecting, for Mr Dixon at Low Hall Farm."),
            (
                C,
                "Right, I've got it here. So that's the amlodipine and the blood thinners for Robert Dixon, Low Hall Farm, is that right?",
            ),
            (U, "That's him, my dad."),
            (
                C,
                "Lovely. Gillian, our pharmacist, wants a quick word before you go, just about taking the new one with his other tablets.",
            ),
            (U, "Oh, right, nothing wrong?"),
            (
                C,
                "No, no, she does it with everyone on a new medicine. She's ever so good, she'll explain it all.",
            ),
            (C, "And your dad gets his for free, so nothing to pay today."),
            (U, "Champion, thanks."),
            (C, "She'll be out in a minute, have a seat there."),
        ],
    ),
    (
        "q15",
        "Penrith butcher",
        [],
        "order read back to confirm it, a 'sorry?' re-ask over the slicer, and same-shaped questions about different items",
        [
            (C, "Morning, what can I get you?"),
            (U, "Pound of Cumberland sausage, six rashers of bacon and four lamb chops."),
            (C, "Thick or thin on the bacon?"),
            (U, "Thick, please."),
            (C, "And the chops, thick or thin?"),
            (U, "Thin, they're for the grandbairns."),
            (U, "Could I have some of that black pudding as well?"),
            (C, "Sorry? The slicer's going."),
            (U, "Some black pudding, please. About half a pound."),
            (
                C,
                "Right, so that's a pound of Cumberland, six thick rashers, four thin chops and half a pound of black pudding. That everything?",
            ),
            (U, "That's the lot."),
            (C, "Fourteen pound sixty, marra."),
        ],
    ),
    (
        "q16",
        "Windermere boat-hire kiosk",
        [],
        "same-shaped questions about different things and two offers far apart in a relaxed visit",
        [
            (C, "Hiya, now then. How many adults?"),
            (U, "Two of us, and the two kids."),
            (C, "How old are the kids?"),
            (U, "Seven and ten."),
            (C, "Grand, they'll love it. Rowing boat or one with an engine?"),
            (U, "Engine, I'm not rowing with this arm."),
            (
                C,
                "Hour's forty pound. If you fancy it, the two-hour gets you round Belle Isle and back without rushing, that's sixty-five.",
            ),
            (U, "We'll stick with the hour, the laal one gets bored."),
            (
                C,
                "No bother. Lifejackets are on the hooks, the lad on the jetty will sort you out.",
                {"pause": 6.0},
            ),
            (U, "Is it alright to take the dog in the boat?"),
            (C, "Course it is, we've had bigger dogs than him in.", {"pause": 5.0}),
            (
                C,
                "Oh, and if you're coming back this way, there's tea and scones on the terrace after. Enjoy yourselves.",
            ),
            (U, "Thanks, we will."),
        ],
    ),
    (
        "q17",
        "petrol-station shop on the A66",
        [],
        "the customer repeats their own question, colleague named for help, offcomer warmly given directions; no cashier re-asks",
        [
            (U, "Hiya. Which way's Ullswater from here?"),
            (C, "Straight out, left at the roundabout on to the A592, you can't miss it."),
            (U, "Sorry, so which way is it to Ullswater, left at the roundabout?"),
            (C, "That's it, left, then just follow the signs for Pooley Bridge."),
            (U, "Great. We're offcomers, always get lost round here."),
            (C, "Ha, everyone does first time. Are you staying local?"),
            (U, "A cottage in Patterdale for the week."),
            (
                C,
                "Oh, you've picked a lovely spot. If you want a good walk, Kev on the other till does the guiding at weekends, he'll tell you the best ones.",
            ),
            (C, "That's the diesel on pump three, sixty-four pound."),
            (U, "Lovely, thanks for that."),
        ],
    ),
    (
        "q18",
        "Keswick outdoor shop",
        [],
        "manager named for a work reason, a colleague praised for a fitting, friendly chat about the customer's own plans",
        [
            (C, "Hiya, is it the exchange you're here for?"),
            (U, "Yes, these boots rub on the heel. I bought them last week."),
            (
                C,
                "Oh, that's no good. I'll just need Janet to sign off the exchange, she's the manager, she won't be a second.",
            ),
            (U, "No problem."),
            (
                C,
                "If you want, Dan can do a proper fitting on the next pair. He's brilliant, measures both feet and everything, nobody's come back with blisters yet.",
            ),
            (U, "That'd be great actually."),
            (C, "Where were you wanting to go in them?"),
            (U, "Scafell Pike with my daughter, she's just finished her exams."),
            (
                C,
                "Oh, well done her! That's a proper day out, that. Right, Janet's signed it, off you go with Dan.",
            ),
            (U, "Cheers."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout203", HELDOUT203, 2031)
