# ruff: noqa: E501
"""Build the coach's held-out set 122: written by writer-122 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): two seasonal workers,
one from Pembrokeshire and Ceredigion, one from West Cornwall, writing the till
talk of coastal shops they know: a surf hire hut, a fudge shop, a chippy, a
lifeboat charity shop, a caravan park shop and a boat-trip kiosk. Holidaymakers
and locals, with Welsh ("tidy", "lush", "bach", "diolch") and Cornish ("my
lover", "my 'ansum", "proper job") speech.

Mix, 18 conversations: 4 gossip (the park owner's tax dodge, a lifeguard's fling
with a holidaymaker, a regular who steals from the charity shop, the cashier's own
family feud over a will); 4 repeated_question (wetsuit size, how many on the trip
with the answer given unprompted at the start, pitch number, salt and vinegar,
each re-asked in other words after small talk); 3 rushed_upsell (photo package,
season pass, loyalty stamp, bundle, round-up donation, lottery sign-up, email
capture fired off in quick bursts); 7 hard "not" cases (warm chat about the
customer's own life with a colleague named for a work reason; the customer gossips
while the cashier deflects; an order read back to confirm plus a "sorry?" re-ask
over noise; the manager praised for a work reason and different "which one"
questions of the same shape; one tailored recommendation with the routine bag and
receipt questions; two offers far apart in a relaxed visit; a re-ask over the
noise of the kitchen and a customer repeating her own question).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT122 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Pembrokeshire caravan park shop",
        ["gossip"],
        "cashier tells a holidaymaker the park owner takes pitch fees in cash off the books to dodge tax",
        [
            (C, "Morning! Just the milk and the bread, is it?"),
            (U, "And a paper, please. The Western Mail, if you've got one left."),
            (C, "Last one, there you are."),
            (U, "Lovely. Quiet this morning."),
            (C, "Quiet now, but wait till the owner's Range Rover rolls in. New one again, mind."),
            (
                C,
                "Between you and me, he takes half the pitch fees in cash and none of it goes through the books. All the staff know. He's got three villas out in Spain and he pleads poverty to the taxman every year.",
            ),
            (U, "Goodness. Right."),
            (
                C,
                "My cousin does his accounts and she says they're a work of fiction, honest to God. Four pound twenty, love.",
            ),
            (U, "Card alright?"),
            (C, "Tap away."),
        ],
    ),
    (
        "q02",
        "Polzeath surf hire hut",
        ["gossip"],
        "cashier spreads the news of a lifeguard's fling with a holidaymaker who has a boyfriend at home",
        [
            (C, "Alright my lover, what can I do for you?"),
            (U, "Two bodyboards for the afternoon, please."),
            (C, "Proper job. Twelve quid the pair, back by six."),
            (U, "Great. Is it safe between the flags today?"),
            (C, "Yeah, flags are up by the café, stay between them and you're golden."),
            (
                C,
                "Don't count on Jago up in the tower watching you, mind. He's been chasing some maid from Surrey all week, snogging her round the back of the hut on his breaks.",
            ),
            (U, "Oh, right."),
            (
                C,
                "And she's got a fella back home, her mate let slip. It'll all kick off when he comes down Saturday, you watch.",
            ),
            (U, "Uh huh. Card OK?"),
            (C, "Yep, pop it in there."),
        ],
    ),
    (
        "q03",
        "Tenby lifeboat charity shop",
        ["gossip"],
        "volunteer names a regular customer as a shoplifter and drags in her husband",
        [
            (U, "Hiya, how much is this jumper? There's no tag on it."),
            (C, "Ooh, let me see. Hand knitted, that. We'll call it four pound."),
            (U, "Lovely, I'll take it. And this jigsaw."),
            (C, "The puffins? That's a pound. All the pieces are there, I counted them myself."),
            (U, "Ha, that's dedication."),
            (
                C,
                "You see that woman who just went out, the one in the red mac? Glenys. In every Tuesday, lines her shopping bag with our paperbacks and walks straight out the door.",
            ),
            (
                C,
                "We've all seen her at it. Took a whole tea set in the summer, one cup at a time. And her husband was on the council, if you can believe it.",
            ),
            (U, "Oh dear."),
            (C, "Five pound altogether, please, bach."),
            (U, "There you go."),
            (C, "Diolch, have a good one."),
        ],
    ),
    (
        "q04",
        "Looe fudge shop",
        ["gossip"],
        "cashier overshares her own family's feud over her gran's will, accusing her brother",
        [
            (C, "Hello there, are you after a taster of anything?"),
            (U, "Could I try the clotted cream one?"),
            (C, "Course you can. Here."),
            (
                U,
                "Oh, that's gorgeous. A quarter of that, please, and a quarter of the rum and raisin.",
            ),
            (C, "Lovely. Sorry if I'm a bit off today, it's been a week."),
            (
                C,
                "Gran passed in the spring and left the house to my brother, the whole lot, and he never visited her once. Mum's not speaking to him and he's put it on the market without telling any of us.",
            ),
            (U, "Oh, I'm sorry."),
            (
                C,
                "My aunt reckons he got Gran to sign it when she was muddled. We've got a solicitor on it now. Christmas is going to be a war zone.",
            ),
            (U, "That sounds hard."),
            (C, "Anyway! Nine pound eighty, my 'ansum."),
            (U, "Here you go."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Gower surf hire hut",
        ["repeated_question"],
        "wetsuit size asked and answered (men's medium), then asked again in other words after chat about the campsite",
        [
            (C, "Hiya, you after a wetsuit?"),
            (U, "Yes please, and a board. Just for two hours."),
            (C, "Tidy. What size are you in a wetsuit, do you know?"),
            (U, "Medium usually. Men's medium."),
            (C, "Right you are. Where you staying, up at the campsite?"),
            (U, "Yeah, Hillend. Came down from Birmingham on Friday."),
            (
                C,
                "Oh lush, you've had the weather for it an' all. Waves are nice and clean this morning.",
            ),
            (U, "Can't wait. First time in about five years."),
            (C, "You'll be fine. Now, which suit am I getting you, mate? Small, medium?"),
            (U, "Er, medium. Like I said."),
            (C, "Medium, there you go. Twenty pound for the two hours."),
        ],
    ),
    (
        "q06",
        "New Quay boat-trip kiosk",
        ["repeated_question"],
        "the customer says it's four of them (two adults, two kids) unprompted at the start; the cashier later asks how many are going",
        [
            (
                U,
                "Morning! Is there room on the eleven o'clock dolphin trip for the four of us? Two adults and two kids.",
            ),
            (C, "Let me have a look. Yes, plenty of room on the eleven."),
            (U, "Brilliant. Are we likely to see any?"),
            (
                C,
                "We had a pod of six yesterday off Birds Rock, so fingers crossed. Bring a jacket, mind, it's cold out past the harbour wall.",
            ),
            (U, "We've got fleeces in the car."),
            (C, "Perfect. Right then, how many of you will be going out?"),
            (U, "Four. Two and two."),
            (C, "Lovely, that's fifty-two pound altogether."),
        ],
    ),
    (
        "q07",
        "Perranporth caravan park shop",
        ["repeated_question"],
        "pitch number asked and answered (forty-two), then asked again after talk about the pool",
        [
            (C, "Hiya, you checking in or just shopping?"),
            (U, "Checking in. We booked under Hughes."),
            (
                C,
                "Hughes... yes, got you. Which pitch have they given you? It'll be on your confirmation.",
            ),
            (U, "Forty-two, the email said."),
            (C, "Grand. You'll want the barrier code as well, that's one nine eight seven."),
            (U, "Lovely. Is the pool open yet?"),
            (C, "Opens at ten, kids' session till twelve. Bit chilly first thing."),
            (U, "They won't care, they've been on about it since Exeter."),
            (C, "Ha, they never do. And what number are you on, my lover?"),
            (U, "Forty-two?"),
            (C, "Forty-two, lovely. Here's your welcome pack and the bin rota."),
        ],
    ),
    (
        "q08",
        "Tenby chippy",
        ["repeated_question"],
        "salt and vinegar asked and answered, then asked again in other words after talk about the fireworks",
        [
            (C, "Next please! What can I get you?"),
            (U, "Cod and chips twice and a battered sausage, please."),
            (C, "Lovely. Salt and vinegar on all of it?"),
            (U, "Yes please, loads of vinegar."),
            (C, "That's the way. Down for the week, are you?"),
            (U, "Fortnight. From Coventry."),
            (C, "Oh tidy. There's fireworks off the harbour Thursday, you'll want to see those."),
            (U, "Oh great, the kids'll love that."),
            (C, "Now, d'you want them seasoned or leave them plain?"),
            (U, "Salt and vinegar, yeah. Lots."),
            (C, "Right you are. Fourteen pound sixty."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Fistral surf hire hut",
        ["rushed_upsell"],
        "photo package, season pass and loyalty stamp card fired off in one burst after a lesson booking",
        [
            (U, "Hi, a lesson for one at two o'clock, please."),
            (C, "Two o'clock, yes, we've got space. Thirty-five pound."),
            (
                C,
                "Want the photo package with that? Our lad on the beach gets shots of you up on the board, fifteen quid extra.",
                RR,
            ),
            (U, "Er...", R),
            (
                C,
                "And if you're down all summer the season pass is a steal, six lessons for the price of four.",
                R,
            ),
            (
                C,
                "Oh, and grab a loyalty card, I'll stamp it now, ten stamps gets you a free hire.",
                R,
            ),
            (U, "Just the lesson, thanks.", R),
            (C, "No worries. Tap there."),
            (U, "Done."),
        ],
    ),
    (
        "q10",
        "St Ives lifeboat charity shop",
        ["rushed_upsell"],
        "book bundle, round-up donation and lifeboat lottery sign-up pushed one after another on a customer buying one paperback",
        [
            (C, "Hello, my love, just the book?"),
            (U, "Yes please, this one."),
            (
                C,
                "One pound fifty. It's three books for three pound this week, mind, you could grab two more off the shelf there?",
                RR,
            ),
            (U, "Oh, I'm...", R),
            (
                C,
                "And would you like to round it up to two pound for the crews? Every penny goes to the station.",
                R,
            ),
            (
                C,
                "We're doing the lifeboat lottery as well, only a pound a week, I can sign you up now if you've got your details on you.",
                R,
            ),
            (U, "Just the book, really.", R),
            (C, "Course. One fifty then."),
            (U, "There you go."),
            (C, "Thanks, lovey, enjoy it."),
        ],
    ),
    (
        "q11",
        "Padstow boat-trip kiosk",
        ["rushed_upsell"],
        "souvenir photo, season ticket, newsletter email and a seal-sanctuary round-up in quick succession",
        [
            (U, "Two for the half past twelve round the estuary, please."),
            (C, "Two adults, half twelve, that's thirty pound."),
            (
                C,
                "Want to add the souvenir photo? They snap you going over the Doom Bar, eight quid.",
                RR,
            ),
            (
                C,
                "We do a season ticket too, unlimited trips till October, pays for itself in three goes.",
                R,
            ),
            (U, "We're only here till Sunday.", R),
            (C, "Can I take an email for the newsletter? You'd get ten percent off next time.", R),
            (C, "Plus there's the seal sanctuary collection, round your change up for them?", R),
            (U, "No, honestly, just the two tickets.", R),
            (C, "Right you are. Card or cash?"),
            (U, "Card."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Aberystwyth chippy",
        [],
        "warm chat about the customer's daughter's graduation; a colleague named only because he is frying a fresh batch; salt and vinegar asked once",
        [
            (C, "Evening! What can I get you, love?"),
            (U, "Large chips and a fishcake, please. And a curry sauce."),
            (
                C,
                "Dafydd's just putting a fresh batch of fishcakes in, so two minutes if that's alright?",
            ),
            (
                U,
                "No rush. I'm just off the train, I've been at my daughter's graduation in Cardiff.",
            ),
            (C, "Oh, congratulations! What did she study?"),
            (U, "Marine biology. A first, if you don't mind."),
            (
                C,
                "Well, there's clever. You must be so proud. Will she be coming back up this way to work?",
            ),
            (U, "She's hoping for something at the aquarium down in Tenby."),
            (C, "Ah, that'd suit her lovely. Here we go, fishcake's out. Salt and vinegar?"),
            (U, "Just salt, please."),
            (C, "There we are. Seven pound forty, and tell her well done from us."),
        ],
    ),
    (
        "q13",
        "Looe fudge shop",
        [],
        "the customer gossips about the boatyard owner's marriage; the cashier declines twice and goes back to the sale",
        [
            (C, "Hello, welcome in. Everything on the front is today's batch."),
            (U, "Ooh, half a pound of the Cornish sea salt, please."),
            (C, "Lovely choice, that's our best seller."),
            (
                U,
                "Here, did you hear about the fella who runs the boatyard? His wife's gone off with the harbour master, apparently.",
            ),
            (
                C,
                "Oh, I wouldn't know anything about that, my 'ansum. Anything else with the sea salt?",
            ),
            (U, "Well, everyone's saying it. Been going on for years, they reckon."),
            (
                C,
                "Not for me to say. Would you like it in a box or a bag? The box keeps it fresher if you're travelling.",
            ),
            (U, "Box, please, it's for my sister. And a bar of the chocolate orange."),
            (C, "Good choice. Seven pound fifty altogether."),
            (U, "There you are."),
        ],
    ),
    (
        "q14",
        "Tenby boat-trip kiosk",
        [],
        "cashier asks again only because a tractor drowned the answer, then reads the tickets back to confirm; later questions are new",
        [
            (C, "Hiya, where you heading today, Caldey?"),
            (U, "Yes please. Two adults, one child and a senior."),
            (C, "Sorry, love, the tractor was going past. How many was that?"),
            (U, "Two adults, one child, one senior."),
            (
                C,
                "Right, so that's two adult returns, one child and one senior to Caldey on the next boat, yes?",
            ),
            (U, "That's it."),
            (
                C,
                "Thirty-eight pound, please. Boats go from the slipway, every twenty minutes or so.",
            ),
            (U, "Do we need to book a time to come back?"),
            (
                C,
                "No, just be on the jetty by half four for the last one. The monks' chocolate shop shuts at four, mind, if you're after any.",
            ),
            (U, "Oh, we'll make sure we go there first."),
        ],
    ),
    (
        "q15",
        "Abersoch caravan park shop",
        [],
        "manager named and praised for sorting the gas exchange and the plumber; three different 'which one' questions of the same shape",
        [
            (U, "Morning. Have you got gas bottles? We've run out halfway through the bacon."),
            (C, "Oh no, disaster! Which kind have you got, the blue Calor or the green one?"),
            (U, "Green. The small one."),
            (
                C,
                "Got those out the back. Sian, the manager, set up an exchange this year, so if you bring the empty one up you only pay for the gas.",
            ),
            (
                U,
                "Oh, brilliant. I'll fetch it after. While I'm here, the shower in block B was freezing last night.",
            ),
            (
                C,
                "Ah, thanks for telling me. Sian's got the plumber booked for Monday, she's been great chasing it. Was it the ladies' side or the gents'?",
            ),
            (U, "The gents'."),
            (C, "Right, I'll pass that on to her. Anything else for you today?"),
            (U, "A bag of ice, please."),
            (C, "Which one, the cubes or the crushed?"),
            (U, "Cubes."),
            (C, "Twenty-six pound for the gas and one fifty for the ice. Card's fine."),
        ],
    ),
    (
        "q16",
        "Sennen surf hire hut",
        [],
        "one tailored recommendation (a soft board for a first-time eight-year-old) plus the routine bag and receipt questions, spread out",
        [
            (C, "Afternoon! What are you after?"),
            (U, "Something for my son, he's eight. He's never surfed before."),
            (
                C,
                "Ah, lovely. I'd put him on a soft foam board rather than a hard one, honestly. Much kinder when it bonks him on the head, and he'll catch more waves on it. Seven foot's about right for his size.",
            ),
            (U, "Makes sense. And a wetsuit for him, and this suncream."),
            (
                C,
                "Course. Age nine to ten should fit him, try this one. Want a bag for the suncream or will it go in your pocket?",
            ),
            (U, "Pocket's fine."),
            (U, "Is it alright for him by the lifeguards this afternoon?", {"pause": 6}),
            (
                C,
                "Lovely and gentle on the right-hand side today, just small white water. Perfect for learning.",
            ),
            (C, "Twenty-four pound altogether for the hire and the suncream."),
            (U, "Card, please."),
            (C, "Pop it in. Receipt for you?"),
            (U, "No thanks."),
            (C, "Have fun. He'll be standing up by teatime, you watch."),
        ],
    ),
    (
        "q17",
        "Porthleven lifeboat charity shop",
        [],
        "a relaxed visit: the book sale mentioned on arrival and the crew's collection tin at the very end, far apart, with warm talk about the customer's anniversary between",
        [
            (
                C,
                "Morning! Have a browse. There's three paperbacks for a pound in the basket by the door if you like a read.",
            ),
            (
                U,
                "Oh, thank you. I'm after something for my husband, he's mad on boats.",
                {"pause": 40},
            ),
            (
                C,
                "Ooh, we've got a lovely framed print of the old Sennen Cove lifeboat up on the back wall.",
            ),
            (U, "That's beautiful. How much is it?"),
            (
                C,
                "Twelve pound. It came in from a retired coxswain's family, actually. They wanted it to go to someone who'd love it.",
            ),
            (U, "He will. We were here on our honeymoon thirty years ago."),
            (C, "Oh, that's lovely! Thirty years, well done you. Back in the same place?"),
            (U, "Same cottage, even. Same view of the harbour."),
            (
                C,
                "That's so special. Let me wrap it in some paper so it doesn't get knocked in the car.",
            ),
            (
                C,
                "There we go. Twelve pound, please. And if you ever fancy it, there's the crew's tin on the counter, but no pressure at all.",
                {"pause": 25},
            ),
            (U, "Oh, go on, here's my change."),
            (C, "Thank you, that's kind. Happy anniversary to you both."),
        ],
    ),
    (
        "q18",
        "Mevagissey fudge shop",
        [],
        "cashier re-asks only because the mixer drowned the answer; the customer repeats her own unanswered question; the rest are different questions",
        [
            (C, "Hiya, what can I get you?"),
            (U, "Could I have a box of the mixed, please? The big one."),
            (C, "The twelve-piece or the twenty?"),
            (U, "Twenty."),
            (C, "Lovely. Any flavours you don't want in there?"),
            (U, "No walnut, please, my husband's allergic."),
            (C, "Sorry, my lover, the mixer's going out the back. What was that?"),
            (U, "No walnut. He's allergic."),
            (C, "No walnut, got it. I'll put extra vanilla in instead."),
            (U, "How long will it keep?"),
            (C, "There we are, all boxed up. Anything else for you?"),
            (U, "Sorry, how long does it last? It's a present for next week."),
            (C, "Oh, sorry, three weeks easy in the box. Keep it somewhere cool."),
            (U, "Perfect. That's all, thanks."),
            (C, "Fifteen pound, please."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout122", HELDOUT122, 1221)
