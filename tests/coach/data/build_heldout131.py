# ruff: noqa: E501
"""Build the coach's held-out set 131: written by writer-131 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): counter staff across
Canada, from the prairies to Quebec. A coffee and doughnut counter in Winnipeg,
Sudbury, Regina and Montreal; hockey shops in Brandon, Saskatoon and Quebec City; a
liquor store in Edmonton and one in Quebec City; hardware stores in Moose Jaw,
Ottawa and Gatineau; pharmacies in Thunder Bay, Laval and Sudbury; gas bars in rural
Alberta, on the Trans-Canada in Saskatchewan and in small-town Manitoba. Canadian
speech ("eh", "toque", "double-double", "loonie", "give'r") and some French-Canadian
customers who mix in French.

Mix: 4 gossip (the hockey coach's affair with a player's mother, the previous
customer's drinking, the owner's nephew stealing from the till, the cashier's own ex
who won't pay child support), 4 repeated_question (stick flex, how many doughnuts,
which propane tank, which pump; the doughnut customer answers with a number both
times), 3 rushed_upsell (points card, car wash, lottery ticket, charity round-up, app,
protection plan, rewards sign-up) and 7 hard "not" cases: warm chat about the
customer's own new house; a colleague and the manager named and praised for work
reasons; a customer who gossips while the cashier deflects; an order read back to
confirm it, with the customer repeating her own question; a "pardon?" re-ask with
different questions of the same shape; one tailored recommendation with the bag and
receipt questions spread over a relaxed visit; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT131 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Brandon hockey shop",
        ["gossip"],
        "cashier spreads that the bantam coach is having an affair with a player's mother and hints it buys ice time",
        [
            (
                U,
                "Hi, I'm picking up skates for my son. They were in for a sharpen, under Bouchard.",
            ),
            (C, "Yep, got 'em right here. Half-inch hollow, same as last time."),
            (U, "Perfect, thanks."),
            (C, "He's on the bantam team, eh? With Dale coaching?"),
            (U, "That's the one."),
            (C, "Oh boy. So you've heard about Dale and the Morin kid's mom?"),
            (U, "Um, no?"),
            (
                C,
                "They're at the Keystone lounge every Thursday after practice, cozy as anything, and his wife hasn't got a clue. Whole rink knows.",
            ),
            (
                C,
                "Why do you think little Tyler Morin's on the first power play? Not for his hands, I'll tell you that.",
            ),
            (U, "I'd honestly rather not know that."),
            (C, "Just saying, keep an eye on the ice time. Twelve bucks for the sharpen."),
            (U, "Here. Thanks."),
        ],
    ),
    (
        "q02",
        "Edmonton liquor store",
        ["gossip"],
        "cashier describes the previous customer's drinking, his shakes and his wife leaving him",
        [
            (C, "Evening. Just the one tonight?"),
            (U, "Just the one. We're going to friends' for supper."),
            (C, "Good choice, that Okanagan red's lovely with a roast."),
            (U, "That's the plan."),
            (
                C,
                "Better than the fella ahead of you. That's his third trip today, another two-four and a mickey of rye, and his hands were shaking so bad he couldn't get his card in the machine.",
            ),
            (
                C,
                "Lives in the walk-ups behind the Safeway. Wife took the kids and left at Christmas and he's been on a bender ever since. Between you and me, he won't see another winter.",
            ),
            (U, "Oh. That's, uh, that's really sad."),
            (C, "Can I see some ID? Sorry, I card anybody who looks under forty."),
            (U, "Ha, I'll take that. Here."),
            (C, "Perfect. Twenty-four fifty with the deposit."),
            (U, "Tap's fine."),
        ],
    ),
    (
        "q03",
        "Sudbury coffee and doughnut counter",
        ["gossip"],
        "cashier tells a regular that the owner's nephew was caught stealing from the till and the owner protects him",
        [
            (C, "Morning! What are we having?"),
            (U, "Medium double-double and a honey cruller, please."),
            (C, "You got it."),
            (U, "No Brent this morning? He's usually on the early shift."),
            (C, "Oh, you didn't hear? Okay, you didn't get this from me."),
            (
                C,
                "Brent's the owner's nephew, right? The till's been coming up forty, sixty bucks short on his shifts for weeks. They finally pulled the camera on Sunday and there he is, sliding twenties into his hoodie pocket.",
            ),
            (U, "Yikes."),
            (
                C,
                "And Gail won't let him go because he's her sister's boy, so guess whose hours got cut instead. Ours. Unreal.",
            ),
            (U, "That's rough. What do I owe you?"),
            (C, "Three eighty-nine."),
            (U, "Here's a toonie and two loonies, keep the change."),
        ],
    ),
    (
        "q04",
        "Thunder Bay pharmacy front counter",
        ["gossip"],
        "cashier overshares her own drama: her ex has stopped paying child support while spending on himself",
        [
            (U, "Hi, just these, and I've got a prescription to pick up for Lavoie."),
            (C, "Sure, one sec... here we are. Anything you wanted to ask the pharmacist?"),
            (U, "No, it's just a refill."),
            (
                C,
                "Sorry, I'm all over the place today. My ex was supposed to send the support payment on the first and, surprise, nothing. Again.",
            ),
            (U, "Oh, I'm sorry."),
            (
                C,
                "Four months now. He's got a new girlfriend, a new truck, a sea-doo at the camp, but he can't find three hundred bucks for his own kids.",
            ),
            (
                C,
                "My lawyer's sending him a letter, and his mother's calling me a gold digger on Facebook. Like, lady, it's for groceries.",
            ),
            (U, "That sounds really hard."),
            (C, "Anyway. That's thirty-two forty with the Tylenol and the lozenges."),
            (U, "Debit, please."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Saskatoon hockey shop",
        ["repeated_question"],
        "cashier asks the stick flex, talks about the team and the drive, then asks how stiff the stick should be",
        [
            (C, "Hey there, what can I do for you?"),
            (U, "My boy snapped his stick at practice last night. Need a new one."),
            (C, "Ouch, happens to the best of 'em. What flex does he use?"),
            (U, "Fifty. He's thirteen and still pretty skinny."),
            (C, "Lefty or righty?"),
            (U, "Lefty."),
            (C, "Where's he playing this year?"),
            (U, "Peewee AA out of Warman. They've been on a bit of a tear lately."),
            (C, "Good for them. Long drives in January though, eh?"),
            (
                U,
                "Tell me about it. Prince Albert last weekend in a whiteout, I was white-knuckling it the whole way.",
            ),
            (C, "Brutal. Okay, so how stiff does he like his sticks?"),
            (U, "Uh, fifty, like I said."),
            (C, "Right, right. This one's on for a hundred and forty-nine."),
            (U, "Sold."),
        ],
    ),
    (
        "q06",
        "Winnipeg coffee and doughnut counter",
        ["repeated_question"],
        "cashier asks how many doughnuts are wanted although the customer said twelve; customer answers with the number again",
        [
            (C, "Morning! What'll it be?"),
            (U, "Can I get a box of doughnuts? Twelve, mixed."),
            (C, "Sure thing. Any favourites in there or should I surprise you?"),
            (U, "Surprise me, but load up on the honey dips. It's for the guys at work."),
            (C, "Oh yeah, where do you work?"),
            (U, "Body shop on Pembina. New guy starts today, so it's welcome doughnuts."),
            (C, "Ha, that's a good boss. Cold one out there, eh?"),
            (U, "Minus thirty-one with the wind when I left the house. Truck barely turned over."),
            (C, "Yikes. Okay, and how many were you wanting in the box?"),
            (U, "Twelve."),
            (C, "Twelve, okay. Anything to drink with that?"),
            (U, "Large double-double."),
            (C, "Coming right up."),
        ],
    ),
    (
        "q07",
        "Moose Jaw hardware store",
        ["repeated_question"],
        "cashier asks which propane tank, chats about winter barbecuing, then asks what size cylinder is being swapped",
        [
            (C, "Hi there, find everything all right?"),
            (U, "Yeah, and I need a propane exchange too. For the barbecue."),
            (C, "No problem. Is it the regular twenty-pound tank?"),
            (U, "Yep, the standard barbecue one."),
            (C, "Grilling in March, eh? You're braver than me."),
            (
                U,
                "I grill all year. My wife thinks I'm nuts, out there in a toque and Sorels flipping burgers.",
            ),
            (C, "Honestly, respect. What's on tonight?"),
            (U, "Ribs. It's my daughter's birthday."),
            (C, "Oh, nice. Happy birthday to her."),
            (C, "Okay, let me ring in the exchange. What size cylinder are you bringing back?"),
            (U, "Same as I told you, the barbecue size."),
            (C, "Oh yeah, sorry. So that's twenty-four ninety-nine plus the box of deck screws."),
            (U, "Sounds good."),
        ],
    ),
    (
        "q08",
        "rural Alberta gas bar",
        ["repeated_question"],
        "cashier asks which pump, talks roads and work, then asks again where the customer fuelled up",
        [
            (C, "Morning. Which pump were you on?"),
            (U, "That grey Silverado at the far island, by the propane cage."),
            (C, "Gotcha. And the coffee?"),
            (U, "Yeah, just a small black."),
            (C, "Heading out to the lease?"),
            (U, "Out past Drumheller for a couple days. Roads any good?"),
            (
                C,
                "Highway nine was glare ice around the canyon this morning, a tow truck was in here saying he'd pulled three out of the ditch already.",
            ),
            (U, "Figures. I'll take it slow."),
            (C, "Good plan. Okay, so which one were you filling at?"),
            (U, "Still the Silverado, bud. End island."),
            (C, "Ha, right. Eighty-six twenty with the coffee."),
            (U, "Tap."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Saskatchewan Trans-Canada gas bar",
        ["rushed_upsell"],
        "points card twice, car wash and a lottery quick pick fired off while the customer only says no",
        [
            (C, "Hi, pump three?"),
            (U, "Yeah."),
            (C, "Sixty-two even. You got our points card?", RR),
            (U, "No.", R),
            (C, "Wanna grab one? Takes ten seconds, three cents a litre back.", R),
            (U, "Nah.", R),
            (C, "Car wash with that? The deluxe is half price with a fill.", R),
            (U, "No thanks.", R),
            (C, "Lotto Max is up to forty-five million Friday, want a quick pick?", R),
            (U, "Just the gas, please.", R),
            (C, "Okay, tap whenever."),
        ],
    ),
    (
        "q10",
        "Laval pharmacy",
        ["rushed_upsell"],
        "points card sign-up, hospital round-up and app download pushed in quick succession on a French-Canadian customer buying cough syrup",
        [
            (C, "Bonjour, hi!"),
            (U, "Bonjour. Juste ça, the cough syrup."),
            (C, "Do you have our points card?", RR),
            (U, "Euh, non.", R),
            (C, "Want me to set you up? I just need your phone number.", R),
            (U, "Non, ça va.", R),
            (C, "Would you like to round up to the dollar for the children's hospital?", R),
            (U, "Uh...", R),
            (
                C,
                "And if you download our app there's twenty percent off your next order, you just scan this code.",
                R,
            ),
            (U, "Non merci, just the syrup.", R),
            (C, "Okay, eleven forty-nine."),
        ],
    ),
    (
        "q11",
        "Ottawa hardware store",
        ["rushed_upsell"],
        "protection plan, rewards sign-up with email, app coupon and food bank donation rattled off while the customer barely answers",
        [
            (C, "Find what you needed?"),
            (U, "Yup, just the drill."),
            (C, "Great. Want the three-year protection plan on that? It's only forty.", RR),
            (U, "No.", R),
            (
                C,
                "Okay, and are you in our rewards program? I can sign you up with your email right now.",
                R,
            ),
            (
                C,
                "Oh, and the app's got ten bucks off today if you download it before I finish ringing you in.",
                R,
            ),
            (U, "Mm, no.", R),
            (C, "Did you want to add two dollars for the Ottawa Food Bank?", R),
            (U, "Not today.", R),
            (C, "No worries. One twenty-nine ninety-nine."),
            (U, "Credit."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Regina coffee and doughnut counter",
        [],
        "not gossip: warm chat only about the customer's own new house and move; one ordinary drink question",
        [
            (C, "Hey, there she is! The usual?"),
            (U, "The usual. Medium steeped tea, one milk."),
            (C, "So? Did you get the keys?"),
            (U, "We got them Friday! I've been painting all weekend, my arms are dead."),
            (C, "Congrats! Is that the one near Wascana you were telling me about?"),
            (
                U,
                "That's the one. Big backyard, and a garage, finally. No more scraping the car at six a.m.",
            ),
            (C, "Oh, you'll love that. When's the actual move?"),
            (U, "End of the month, if I can talk my brothers into giving me a Saturday."),
            (C, "Bribe them with a box of Timbits, works every time."),
            (U, "Ha, that's the plan. Can I get a chocolate dip too?"),
            (C, "Done. Two sixty-five."),
            (U, "Thanks, see you tomorrow."),
        ],
    ),
    (
        "q13",
        "Gatineau hardware store",
        [],
        "not gossip: a colleague and the manager are named and praised only for their work and for helping the customer",
        [
            (C, "Bonjour, hi. All set?"),
            (
                U,
                "Almost. I'm replacing a shut-off valve under the sink and I'm not sure I got the right size.",
            ),
            (
                C,
                "Honestly, go ask Marcel in aisle twelve. He was a plumber for thirty years before he came here, he'll know just by looking at it.",
            ),
            (U, "Oh, great. Is he around?"),
            (C, "He's on till four. Tell him Julie sent you."),
            (
                U,
                "Thanks. And the guy who did my deck quote, he said to ask for a contractor price?",
            ),
            (
                C,
                "That's our manager, Sylvie. She sets those up. She's really good, contractors come in and ask for her by name.",
            ),
            (C, "She's at the service desk by the doors. I'll hold your cart here if you want."),
            (U, "Perfect, merci beaucoup."),
            (C, "De rien. Just come back to me after and I'll ring it all together."),
        ],
    ),
    (
        "q14",
        "small-town Manitoba gas bar",
        [],
        "not gossip: the customer gossips about a local family while the cashier declines to join in and steers back to the sale",
        [
            (C, "Hi there. Pump two?"),
            (
                U,
                "Yep. Hey, did you hear the Henderson boy put his truck in the ditch out by the elevator Saturday? Drunk as a skunk, they're saying.",
            ),
            (C, "I hadn't heard. I hope nobody got hurt."),
            (
                U,
                "His dad had to go bail him out at two in the morning. That family, I tell ya, the apple doesn't fall far.",
            ),
            (C, "I really don't know them. Was it just the fuel today?"),
            (U, "And the mom, apparently she's been going to the casino in Brandon every weekend."),
            (C, "Can't say I'd know. Did you want a receipt?"),
            (U, "Yeah, for the farm."),
            (
                C,
                "Here you go. Forty-one fifty on pump two. Drive safe, roads were greasy last night.",
            ),
            (U, "Will do."),
        ],
    ),
    (
        "q15",
        "Montreal coffee and doughnut counter",
        [],
        "not a repeat: the cashier reads a big order back once to confirm it; the customer repeats her own question about the maple dip",
        [
            (C, "Hi, bonjour, what can I get you?"),
            (
                U,
                "Okay, two large double-doubles, a medium steeped tea with one milk, a box of twenty Timbits, and an everything bagel toasted with cream cheese.",
            ),
            (U, "Oh, and do you have any maple dip left?"),
            (C, "Let me look... yes, two left."),
            (U, "Great, one of those too."),
            (
                C,
                "So that's two large double-doubles, a medium tea one milk, twenty Timbits, the everything bagel toasted with cream cheese and one maple dip. That right?",
            ),
            (U, "That's it. Sorry, you said you had maple dip, right? I wasn't listening."),
            (C, "Yep, one maple dip's going in the bag."),
            (U, "Okay, merci. The girls at the office will be happy."),
            (C, "Eighteen forty-two. Your drinks'll be at the end of the counter."),
        ],
    ),
    (
        "q16",
        "Sudbury pharmacy",
        [],
        "not a repeat: the cashier re-asks only after the customer says pardon over the floor polisher; the name questions ask different things",
        [
            (C, "Hi, picking up?"),
            (U, "Yes, for my mother."),
            (C, "What's the last name on it?"),
            (U, "Tremblay."),
            (C, "And the first name?"),
            (U, "Huguette. H-U-G-U-E-T-T-E."),
            (C, "Got it. Which doctor prescribed this one?"),
            (U, "Doctor Nakamura at the Health Sciences North clinic."),
            (
                C,
                "Great, it's ready. Is she covered by the drug plan, or did you want to pay the full amount today?",
            ),
            (U, "Pardon? Sorry, that machine is so loud."),
            (C, "Ha, yeah. Is she on the Ontario drug plan, or are you paying the whole thing?"),
            (U, "Oh, the drug plan, she's seventy-eight."),
            (C, "Perfect, then it's just the two dollar co-pay."),
            (U, "Here's a toonie."),
        ],
    ),
    (
        "q17",
        "Quebec City hockey shop",
        [],
        "not rushed: one tailored recommendation (skate guards for new skates) and the bag and receipt questions, spread over a relaxed visit",
        [
            (C, "Salut! Did the skates fit her okay?"),
            (U, "Like a glove. She's been skating around the living room in them."),
            (C, "Ha, that's the best. First real pair?"),
            (
                U,
                "First pair that isn't a hand-me-down from her brother, yeah. She starts ringuette next week.",
            ),
            (
                C,
                "Oh, she's going to love it. Since they're brand new and she'll be walking to the ice, you might want some guards so she doesn't wreck the edge on day one. These ones are eleven bucks.",
            ),
            (U, "Good idea, yeah, throw them in. Purple, if you have them."),
            (C, "Purple it is.", {"pause": 6.0}),
            (U, "Is the Colisée rink open for public skating on Sundays still?"),
            (C, "Sunday afternoons, one to three. Great place for her to break them in."),
            (U, "Perfect, we'll go this weekend."),
            (C, "Do you want a bag for the box, or are you good?", {"pause": 3.0}),
            (U, "A bag, please, it's snowing out."),
            (C, "There you go. Want the receipt in there too?"),
            (U, "In the bag is great. Merci!"),
        ],
    ),
    (
        "q18",
        "Quebec City liquor store",
        [],
        "not rushed: two offers (a cider tasting, then the loyalty card) far apart in an unhurried, chatty visit",
        [
            (C, "Bonsoir! Find everything?"),
            (U, "Oui, I think so. It's for my in-laws' anniversary, they like the sweet stuff."),
            (
                C,
                "Ah, then you're in luck, we're doing an ice cider tasting Saturday afternoon with a producer from Île d'Orléans, if you want to come try a few first.",
            ),
            (U, "Saturday I'm stuck at my kid's tournament in Lévis, but thanks."),
            (C, "No problem. The bottle you've got is a good one, it's from the same family."),
            (U, "Good. My father-in-law still talks about the one we brought three years ago."),
            (C, "Is it a big party?"),
            (
                U,
                "Fifty years, so the whole family, cousins from Chicoutimi, everybody. My wife's been planning since August.",
            ),
            (C, "Fifty years, wow. Félicitations to them.", {"pause": 8.0}),
            (U, "Merci. Should I get it gift wrapped, or is the box enough?"),
            (C, "The box is nice on its own, honestly, but I can put a ribbon on it."),
            (U, "A ribbon, sure."),
            (
                C,
                "There. Oh, and do you have the loyalty card? You'd get points on this one.",
                {"pause": 4.0},
            ),
            (U, "I do, here. Thanks, bonne soirée!"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout131", HELDOUT131, 1311)
