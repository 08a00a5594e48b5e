# ruff: noqa: E501
"""Build the coach's held-out set 177: written by writer-177 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Australian English):
counter staff across Queensland and the Northern Territory: a Darwin bottle shop,
a Cairns dive-shop counter, a Townsville pharmacy, an outback roadhouse on the
Stuart Highway, a Brisbane bakery and a fishing-tackle store. Three visits each.
The cashier often speaks twice in a row.

Mix: 4 gossip (a previous customer's drink-driving ban, a colleague's affair with
a tourist, the boss's tax dodge, the cashier's own cousin's court case),
4 repeated_question (which bait, how many pies, north or south as a statement
with a rising "yeah?", what size of esky ice), 3 rushed_upsell (slab deal,
rewards card, app, coffee upgrade, rescue-chopper raffle, loyalty app, email and
mobile capture), 7 hard "not" cases (warm chat about the customer's honeymoon with
a guide praised; customer gossips while the cashier deflects; an order read back
plus different questions of the same shape; a "sorry?" re-ask over compressor
noise plus per-tank questions; one tailored recommendation with the bag and
receipt questions; two offers far apart in a relaxed visit; the pharmacist named
for a work reason while the customer repeats her own question).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT177 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Darwin bottle shop",
        ["gossip"],
        "cashier tells the customer that the previous customer lost his licence for drink-driving and still drives in, plus his wife's view",
        [
            (C, "G'day mate, just the carton of XXXX Gold?"),
            (U, "Yeah, and a bag of ice."),
            (C, "No worries. Ice is in the chest by the door, grab one on your way out."),
            (C, "Here, did you see the bloke in the white Hilux who was just in before you?"),
            (U, "Not really, no."),
            (
                C,
                "That's Gaz from the mango farm. Lost his licence last month, blew point one five at an RBT on the Stuart Highway, and he still drives in here every arvo like nobody's gonna notice.",
            ),
            (
                C,
                "His missus reckons she's sick of ferrying him to the pub, so she's just letting him cop it. He'll be up before the magistrate again, you watch.",
            ),
            (U, "Right. What do I owe you?"),
            (C, "Fifty-eight even, mate."),
            (U, "Tap's fine."),
            (C, "Beauty. Cheers."),
        ],
    ),
    (
        "q02",
        "Cairns dive-shop counter",
        ["gossip"],
        "cashier overshares that a colleague is cheating on his girlfriend with a backpacker and sneaking her onto the boat",
        [
            (C, "Morning! You here to pick up the hire gear for the Outer Reef trip?"),
            (
                U,
                "Yeah, booking's under Fletcher. Two wetsuits and a mask with a prescription lens.",
            ),
            (C, "Got it right here. Both mediums?"),
            (U, "One medium, one small."),
            (C, "Sweet, that's what I've pulled out."),
            (
                C,
                "Between you and me, don't expect Kieran to be much chop on the boat today. He's been shacked up with some Swedish backpacker for a fortnight and his girlfriend back in Townsville has no clue.",
            ),
            (
                C,
                "He snuck her on the dive boat for free twice last week and they were carrying on in the wheelhouse. The whole crew's talking about it.",
            ),
            (U, "Oh. Okay."),
            (C, "Anyway, that's sixty-five for the lens hire, the rest was prepaid."),
            (U, "Card, thanks."),
        ],
    ),
    (
        "q03",
        "outback roadhouse",
        ["gossip"],
        "cashier tells a passing motorist the owner pays staff cash and hides the business from the tax office",
        [
            (C, "Afternoon. Pump four, was it?"),
            (U, "Yep, pump four, and these two sausage rolls."),
            (
                C,
                "Hundred and twelve for the diesel, plus the rolls, that's a hundred and twenty all up.",
            ),
            (U, "Bit steep out here, eh."),
            (C, "Tell me about it. And none of it goes where it should, either."),
            (
                C,
                "The boss pays half of us cash out of the till so he never has to declare it. Runs the whole joint through his brother-in-law's name so the tax office can't catch up with him. Bought himself a new LandCruiser off it last Christmas.",
            ),
            (U, "Hm. Can I get a receipt for work?"),
            (C, "Yeah, here you go."),
            (U, "Cheers."),
        ],
    ),
    (
        "q04",
        "Townsville pharmacy",
        ["gossip"],
        "cashier overshares her own family drama: her cousin's assault trial, his ex's evidence and the family feud",
        [
            (C, "Hi there, are you picking up a script?"),
            (U, "Yes, for Nguyen, it should be ready."),
            (C, "Yep, here it is. Have you had this one before?"),
            (U, "Yes, I get it every month."),
            (
                C,
                "Lovely. Sorry if I'm a bit scattered today, I was up at the courthouse all morning.",
            ),
            (
                C,
                "My cousin's up for assault. He got into a blue outside a pub on Flinders Street and now his ex is giving evidence against him. The whole family's taking sides and my aunty isn't speaking to my mum anymore.",
            ),
            (C, "Honestly, the things his lawyer was saying about him, I nearly died."),
            (U, "That sounds hard. Is it the same price as last time?"),
            (C, "Yeah, seven thirty with your concession card."),
            (U, "Great, thanks."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "fishing-tackle store",
        ["repeated_question"],
        "cashier asks which bait, gets prawns and squid, chats about barra and tides, then asks again in other words what goes on the hooks",
        [
            (C, "G'day. What can I do you for?"),
            (U, "Need some bait for the weekend, heading out to the Burdekin mouth."),
            (C, "Nice. What bait were you after?"),
            (U, "Frozen prawns, the big packet. And a few squid."),
            (C, "Righto. Chasing barra or just whatever bites?"),
            (U, "Barra'd be nice, but I'll settle for a grunter."),
            (
                C,
                "Ha, everyone says that. Water's been clearing up, I've heard they're going off on the run-in tide.",
            ),
            (U, "That's the plan, get out there early arvo."),
            (C, "Good stuff. So what are you gonna be putting on the hooks, pillies or something?"),
            (U, "Um, the prawns, mate. And the squid."),
            (C, "Oh yep, sorry. Twenty-four fifty then."),
        ],
    ),
    (
        "q06",
        "Brisbane bakery",
        ["repeated_question"],
        "cashier asks how many pies, is told six, chats about the worksite, then asks again how many to bag up",
        [
            (C, "Morning! What can I get you?"),
            (U, "Steak and pepper pies, please."),
            (C, "How many are we doing?"),
            (U, "Six. They're for the boys on site."),
            (C, "Oh yeah, where are you working at the moment?"),
            (U, "The new apartments down at Newstead, by the river."),
            (C, "Crikey, they've been going for ages. Must be hot work this time of year."),
            (U, "Tell me about it, we're knocking off at two because of the heat."),
            (C, "Smart. Okay, so how many am I bagging up for you, love?"),
            (U, "Six, like I said."),
            (C, "Six, sorry, my head's not on straight this morning. Sauce with those?"),
            (U, "Yeah, chuck a handful of sachets in."),
        ],
    ),
    (
        "q07",
        "outback roadhouse",
        ["repeated_question"],
        "cashier asks which way the traveller is headed, hears south to Alice, then after road chat re-asks as a statement with a rising 'yeah?'",
        [
            (C, "How you going? Just the fuel?"),
            (U, "Fuel and a couple of cold drinks."),
            (C, "Which way are you headed?"),
            (U, "South. Down to Alice, then across to Uluru."),
            (
                C,
                "Good trip, that. Road's alright, bit of water over the causeway past Barrow Creek, nothing serious.",
            ),
            (U, "Good to know. First time driving it."),
            (
                C,
                "You'll love it. Keep an eye out for cattle at dusk, they wander straight onto the bitumen.",
            ),
            (C, "So you're heading up north from here, yeah?"),
            (U, "No, south, mate. Alice."),
            (C, "Course, sorry. Ninety-four forty all up."),
        ],
    ),
    (
        "q08",
        "Darwin bottle shop",
        ["repeated_question"],
        "cashier asks what size of ice, told the five kilo bag, chats about the sunset, then asks again block or bag",
        [
            (C, "Evening. Just these two six-packs?"),
            (U, "Yeah, and I need ice for the esky."),
            (C, "We've got five kilo bags or the big fifteen kilo block. Which size?"),
            (U, "Five kilo's plenty, it's only a little esky."),
            (C, "No dramas. Off somewhere nice?"),
            (U, "Down the beach at Mindil for the sunset. Meeting a few mates."),
            (
                C,
                "Good choice. It gets chockers down there Thursdays, so get in early for a spot on the sand.",
            ),
            (U, "Yeah, we're going straight from here."),
            (C, "Lovely. Now for the ice, were you wanting the big block or just a bag?"),
            (U, "Just the five kilo bag."),
            (C, "Right you are. Forty-six fifty with the ice."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Darwin bottle shop",
        ["rushed_upsell"],
        "second-slab deal, rewards card, app and mobile-number capture fired back to back while the customer grunts",
        [
            (C, "G'day, how you going?"),
            (U, "Good. Just the Great Northern stubbies."),
            (C, "Hey, if you grab a second slab it's only forty-five, deal finishes Sunday.", RR),
            (U, "Nah.", R),
            (C, "You got one of our rewards cards? Takes two secs to sign up.", R),
            (U, "No.", R),
            (C, "And if you download the app you get double points and a free stubby holder.", R),
            (U, "Mm.", R),
            (C, "Want me to text you the link? Just need your mobile.", R),
            (U, "I'm right. Just the one slab."),
            (C, "Fair enough. Fifty-two fifty."),
        ],
    ),
    (
        "q10",
        "outback roadhouse",
        ["rushed_upsell"],
        "coffee upsize, rescue-chopper raffle, fuel rewards card and email sign-up pushed in one burst",
        [
            (C, "Morning. Pump two and a flat white?"),
            (U, "Yep."),
            (C, "Want to make that a large for an extra dollar?", RR),
            (U, "Nah, small.", R),
            (
                C,
                "We're selling tickets for the rescue chopper raffle too, two bucks each, first prize is a tinnie.",
                R,
            ),
            (U, "Um.", R),
            (C, "Got a fuel rewards card? Saves you four cents a litre.", R),
            (U, "No.", R),
            (C, "I can sign you up right now, just need a name and an email.", R),
            (U, "Just the fuel and coffee, thanks."),
            (C, "No worries, ninety-one twenty."),
        ],
    ),
    (
        "q11",
        "Brisbane bakery",
        ["rushed_upsell"],
        "coffee upgrade, lamington special, loyalty app and email capture one after another with one-word replies",
        [
            (C, "Hi! What can I get for you?"),
            (U, "Loaf of sourdough and a long black."),
            (C, "Easy. Did you want to bump that coffee up to a large? Only sixty cents more.", RR),
            (U, "No thanks.", R),
            (C, "And we've got two lamingtons for five today if you fancy something sweet.", R),
            (U, "Not today.", R),
            (C, "Have you got our loyalty app? Every ninth coffee's on us.", R),
            (U, "Hm, no.", R),
            (C, "Just pop your email in here and I'll send you the sign-up.", R),
            (U, "I'm fine, just the bread and the coffee."),
            (C, "Okay! Eleven ninety."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Cairns dive-shop counter",
        [],
        "warm chat about the customer's own honeymoon; a colleague is named as their guide and praised for her work; one sunscreen mention only",
        [
            (C, "Hey, welcome in. Checking in for the Agincourt trip tomorrow?"),
            (U, "Yes! It's a honeymoon present from my sister, actually."),
            (C, "Oh, congratulations! When was the wedding?"),
            (U, "Last Saturday, in Brissie. Still recovering."),
            (
                C,
                "Ha, I bet. You've picked the right week, the vis out there has been heaps good, twenty metres plus.",
            ),
            (
                C,
                "You'll be diving with Mel tomorrow. She's been guiding on that reef for twelve years and knows exactly where the turtles hang out, so you're in good hands.",
            ),
            (U, "Amazing. Do we need to bring anything?"),
            (C, "Just towels, a hat and reef-safe sunscreen. We stock it if you haven't got any."),
            (U, "We've got some, thanks."),
            (
                C,
                "Perfect. Boat leaves Marlin Marina at half seven, so be down there by seven. It's all paid, you're good to go.",
            ),
            (U, "Thanks so much!"),
        ],
    ),
    (
        "q13",
        "Townsville pharmacy",
        [],
        "the customer gossips about a neighbour's gambling; the cashier declines to engage and sticks to the medicine",
        [
            (C, "Hi, how are we today?"),
            (U, "Oh, not bad. Just these antihistamines and the sunscreen."),
            (C, "Sure. Are the tablets for you?"),
            (
                U,
                "Yes. Here, you know Sharon from Gregory Street? Her husband's been seen at the casino every night this week. She's going to clean him out, I reckon.",
            ),
            (C, "Oh, I wouldn't know, sorry. Have you taken these ones before?"),
            (U, "Yeah, loads of times. Honestly though, the whole street's talking about it."),
            (
                C,
                "Mm. Just a heads-up, they can make you a bit drowsy, so go easy if you're driving.",
            ),
            (U, "I will. Anyway, she had it coming, that one."),
            (C, "That's twenty-eight forty altogether. Card or cash?"),
            (U, "Card."),
            (C, "Lovely, all done. Take care in the heat."),
        ],
    ),
    (
        "q14",
        "Brisbane bakery",
        [],
        "warm-or-cold asked once per item (different questions of the same shape) and the order read back once to confirm it",
        [
            (C, "Morning, what are we having?"),
            (U, "Can I get two sausage rolls, a spinach and feta roll, and four vanilla slices?"),
            (C, "Sure thing. Did you want the sausage rolls heated up?"),
            (U, "Yes please."),
            (C, "And the spinach and feta, warm as well or cold?"),
            (U, "Cold's fine, that's for later."),
            (
                C,
                "Okay, so that's two sausage rolls hot, one spinach and feta cold, and four vanilla slices. That right?",
            ),
            (U, "Spot on."),
            (C, "Lovely. I'll put the slices in a box so they don't get squashed."),
            (U, "Good idea, yeah."),
            (C, "Twenty-six sixty, thanks."),
            (U, "There you go."),
        ],
    ),
    (
        "q15",
        "Cairns dive-shop counter",
        [],
        "the cashier says 'sorry?' because the compressor drowned out the name, then asks the gas mix separately for each of two tanks",
        [
            (C, "G'day! Tank fills, was it?"),
            (U, "Yeah, two of them for Saturday."),
            (C, "No worries. What name do I put on the docket?"),
            (U, "Brodie."),
            (C, "Sorry? Compressor's going flat out back there, didn't catch it."),
            (U, "Brodie! B-R-O-D-I-E."),
            (C, "Got it, thanks. Air or nitrox in the steel tank?"),
            (U, "Air."),
            (C, "And what about the aluminium one?"),
            (U, "Nitrox, thirty-two percent."),
            (C, "Easy. They'll be ready tomorrow after three. Thirty bucks all up."),
            (U, "Card okay?"),
            (C, "Yep, tap away."),
        ],
    ),
    (
        "q16",
        "fishing-tackle store",
        [],
        "one tailored line recommendation for a child's first fishing trip, with the bag and receipt questions spread through a relaxed chat",
        [
            (C, "Afternoon, mate. Find everything alright?"),
            (
                U,
                "Yep. This reel and a spool of twenty-pound braid. Taking my daughter out for her first go off the jetty on Sunday.",
            ),
            (C, "Oh, good on you. How old is she?"),
            (U, "Eight. Mad keen, she's been watching fishing videos all week."),
            (
                C,
                "Love that. Hey, for a first-timer, braid's a pain to tie for little fingers. A spool of mono like this one's more forgiving and cheaper too. Might save you a few tangles.",
            ),
            (U, "Good call, I'll swap it."),
            (C, "Done. Should be a good arvo for it, tide's high around four."),
            (U, "Perfect timing."),
            (C, "Need a bag for these?"),
            (U, "Nah, I'll carry them."),
            (C, "Sixty-nine ninety-five. Want the receipt?"),
            (U, "Yeah, in case the reel plays up."),
            (C, "Here you go. Hope she lands a big one."),
        ],
    ),
    (
        "q17",
        "fishing-tackle store",
        [],
        "a bait-bucket special and, much later after a trip out the back, a free members' club: two offers far apart in a relaxed visit",
        [
            (C, "Morning! Be with you in a sec."),
            (C, "Right, sorry about that. What have you got?"),
            (U, "Two packs of number two hooks, a handful of sinkers and a cast net."),
            (
                C,
                "No worries. If you need a bait bucket to go with the net, they're half price at the moment.",
            ),
            (U, "Nah, got one. The old net got torn up on the oysters at the creek."),
            (C, "Happens to everyone. Where are you throwing it?"),
            (U, "Up near the Daintree, round the boat ramp. Heaps of mullet about at the moment."),
            (
                C,
                "Watch yourself up there, there's been a big croc sunning himself on the bank near that ramp. Stay well back from the edge.",
            ),
            (U, "Yeah, seen him. Big bugger."),
            (
                C,
                "Wouldn't want to argue with him. Hang on, I'll grab the sinkers from out the back.",
            ),
            (
                C,
                "Here we go. We've got a members' club too if you're in here often, it's free and you get five percent off. No pressure though.",
                {"pause": 25},
            ),
            (U, "Maybe next time."),
            (C, "All good. That's ninety-two thirty."),
        ],
    ),
    (
        "q18",
        "Townsville pharmacy",
        [],
        "the pharmacist is named for a work reason; the customer repeats her own question and the cashier answers it without re-asking anything",
        [
            (C, "Hi, what can I help with?"),
            (U, "My son's got a chesty cough. Is this one okay for a six-year-old?"),
            (C, "Let me check with Priya, she's our pharmacist, she'll know for sure."),
            (
                C,
                "Priya says that one's fine from six. The dose is on the side, and don't give it with any other cold medicine.",
                {"pause": 20},
            ),
            (U, "Great. Sorry, so it's definitely okay for six? He only turned six last month."),
            (C, "Yep, six and up, so he's right. Just stick to the dose on the box."),
            (U, "Okay. And it's alright with his Ventolin?"),
            (
                C,
                "Priya said that's fine too. If the cough hangs around more than a week, take him to the GP.",
            ),
            (U, "Will do. Thanks."),
            (C, "No worries. Fourteen ninety-five. Hope he's feeling better soon."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout177", HELDOUT177, 1771)
