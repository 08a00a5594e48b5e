# ruff: noqa: E501
"""Build the coach's held-out set 64: written by writer-64 BLIND, i.e. BEFORE and WITHOUT reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's nudge definitions and build_heldout678.py's helpers were read, for the format); not tuned against any score.

Imagined authors and settings (US Northeast and New England, written with normal
case and punctuation, as a person would type it): a Vermont maple sugarhouse shop,
a Boston coffee-and-donut counter, a Maine lobster pound, a Philly hoagie shop,
a New Jersey diner register and a Cape Cod ice-cream stand.

Mix (aimed at precision: a false nudge costs more than a miss), 18 conversations:
  4 gossip             gossip arriving mid-transaction, in the same turn as till talk:
                       the previous customer's drinking and kids, the manager's
                       girlfriend, a coworker's DUI, the cashier's own custody fight.
  4 repeated_question  two where the customer's answer was buried in a longer reply
                       (a little story), two plain re-asks in new words.
  3 rushed_upsell      three or more agenda prompts in quick succession (R / RR pace).
  7 unlabelled         hard near-misses: warm personal chat; colleague praised for a
                       product and the manager named only for a rule; a customer who
                       gossips while the cashier deflects; an order read back; a
                       "sorry?" re-ask plus different questions of the same shape; one
                       tailored recommendation with bag and receipt questions; two
                       offers far apart in a relaxed visit (with a long pause).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT64 = [
    ("q01", "Boston coffee-and-donut counter", ["gossip"], "cashier slanders the previous customer (drinking from a flask, his kids taken away) while giving the total and change", [
        (C, "Morning! What can I get you?"),
        (U, "Medium regular and two honey dipped, please."),
        (C, "You got it. That's $4.60. Did you catch the guy in front of you? Every single morning he reeks like a barroom and tips a flask into his large black right here at the counter."),
        (U, "Oh. I didn't really notice."),
        (C, "Out of five? Here's forty cents back. His ex took the kids off him last spring, and honestly, who could blame her, the state was involved and everything."),
        (U, "Huh. Okay."),
        (C, "Anyway, your donuts are in the bag, coffee's coming right up."),
        (U, "Thanks."),
    ]),
    ("q02", "Vermont maple sugarhouse shop", [], "NOT gossip: warm chat about the customer's grandkids and pancake plans, and the cashier's own harmless morning at the evaporator", [
        (C, "Hi there, welcome in. Find everything all right?"),
        (U, "I did, thanks. Two quarts of the dark robust and a box of the maple candy."),
        (C, "Good choices. The dark is my favorite for baking. Making anything special?"),
        (U, "My grandkids are coming up from Hartford this weekend, so I promised them a big pancake breakfast Sunday."),
        (C, "Oh, that's the best. They'll love the candy too, the little leaf ones are always a hit with kids."),
        (U, "That's the plan. I'm hoping it buys me some quiet time."),
        (C, "Ha, good luck. I've been here since five boiling down the last batch of the season, so the whole place smells like cotton candy today."),
        (U, "It really does. Lucky you."),
        (C, "Your total is $58.50."),
        (U, "Card's fine.", {"pause": 2.0}),
        (C, "All set. Have a wonderful time with the grandkids.", {"pause": 3.0}),
    ]),
    ("q03", "Maine lobster pound", ["repeated_question"], "asks where the family is from again after the customer answered 'Baltimore' at the end of a travel story", [
        (C, "Hey folks, what are we doing today?"),
        (U, "Four of the one-and-a-quarter pounders, and can you steam them?"),
        (C, "Sure can, about twenty minutes. Where are you all visiting from?"),
        (U, "Oh boy. We were supposed to fly out of BWI on Tuesday, the flight got cancelled, so we rented a minivan and drove the whole way up with two kids and a dog in the back. So, Baltimore, and I'm never doing that drive again."),
        (C, "Ha, well, you made it. Want corn and potatoes with those?"),
        (U, "Yes, corn for four, please."),
        (C, "Okay, that's $96 with the corn. Butter's on the table by the window."),
        (U, "Great."),
        (C, "So where's home for you guys?"),
        (U, "Baltimore, like I said."),
        (C, "Right, right. I'll call your name when they're ready."),
    ]),
    ("q04", "Boston coffee-and-donut counter", ["rushed_upsell"], "size upgrade, dozen-for-ten deal, rewards app and tip-jar cause fired one after another", [
        (U, "Medium iced, cream and sugar, and a Boston cream."),
        (C, "Want to make that a large? It's only forty cents more.", RR),
        (U, "No, medium.", R),
        (C, "A dozen's the price of ten today, want to grab a dozen?", R),
        (U, "Just the one.", R),
        (C, "You on our rewards app? Every ninth coffee's free.", R),
        (U, "No, I'm--", R),
        (C, "And we're collecting for the Jimmy Fund in the tip jar if you want to add a couple bucks.", R),
        (U, "Uh, no, just the coffee and donut, please."),
        (C, "Okay, $4.85."),
    ]),
    ("q05", "Philly hoagie shop", [], "NOT gossip: the CUSTOMER gossips at length about a neighbour; the cashier deflects and steers back to the order", [
        (C, "Next! What are we having?"),
        (U, "Italian, no onions. Hey, you know the Kowalskis on Porter Street?"),
        (C, "Can't say I do. Hot or sweet peppers on that?"),
        (U, "Hot. So the husband got caught sneaking around with the lady from the laundromat, and now she's throwing all his stuff out the second-floor window. The whole block's been watching."),
        (C, "Oh, I stay out of that kind of thing. Oil and vinegar?"),
        (U, "Yeah. And I heard he's been hiding money from her for years, that's why they lost the shore house."),
        (C, "Well, I hope it works out for everybody. Anything to drink with this?"),
        (U, "A birch beer."),
        (C, "That's $13.25."),
        (U, "Here you go. Anyway, crazy stuff."),
        (C, "Thanks, it'll be right up."),
    ]),
    ("q06", "New Jersey diner register", ["gossip"], "cashier overshares about the manager's affair with a young girlfriend while ringing up the check", [
        (U, "Hi, table nine, I think it's just the one check."),
        (C, "Yep, here it is. Eighteen seventy-five. Sorry the food took so long, Sal's been in the back all morning fighting on the phone with his girlfriend."),
        (U, "Oh, no worries."),
        (C, "She's twenty-four, can you believe it, and his wife just found the texts, so she keeps calling here screaming. Out of twenty?"),
        (U, "Yes, out of twenty. Keep the change."),
        (C, "Thanks, hon. Honestly, the whole staff knows, it's a circus. Take a mint."),
        (U, "Thanks. Have a good one."),
    ]),
    ("q07", "Cape Cod ice-cream stand", ["repeated_question"], "plain repeat: asks 'eating here?' after the customer clearly said it was to go", [
        (C, "Hi! What can I get started for you?"),
        (U, "A small coffee Oreo in a cup and a kiddie vanilla cone."),
        (C, "Sure thing. Is this for here or are you taking it to go?"),
        (U, "To go, we're heading back down to the beach."),
        (C, "Great. Sprinkles on the kiddie cone?"),
        (U, "Rainbow, please."),
        (C, "Okay, one sec.", {"pause": 4.0}),
        (C, "Alright, are you guys eating at the picnic tables?"),
        (U, "No, to go, please."),
        (C, "Got it, I'll grab you a carrier. That's $9.75."),
        (U, "Here you go."),
    ]),
    ("q08", "Philly hoagie shop", [], "NOT repeat: the cashier reads the order back once to confirm it, and the customer corrects one item", [
        (C, "Hey, what can I get you?"),
        (U, "Can I get an Italian on a seeded roll, no onion, extra hot peppers?"),
        (C, "Sure. Anything else?"),
        (U, "Yeah, a turkey and provolone with lettuce, tomato and mayo, two bags of chips, and a birch beer."),
        (C, "Okay, let me read that back. One Italian on seeded, no onion, extra hot peppers. One turkey provolone, lettuce, tomato, mayo. Two chips and a birch beer. That all right?"),
        (U, "Almost. Put the turkey on a plain roll, not seeded."),
        (C, "Turkey on plain, got it. Your total is $27.40."),
        (U, "Card."),
        (C, "You're all set. Ten minutes or so.", {"pause": 2.5}),
    ]),
    ("q09", "Cape Cod ice-cream stand", ["rushed_upsell"], "size upgrade, toppings, t-shirts and mugs, and gift cards fired in a burst", [
        (U, "Small mint chip in a sugar cone, please."),
        (C, "Want to bump that to a medium? It's only a dollar more.", RR),
        (U, "Small's fine.", R),
        (C, "Hot fudge or jimmies on top?", R),
        (U, "No thanks.", R),
        (C, "Our t-shirts and mugs are twenty percent off with any cone today, they're right there by the window.", R),
        (U, "I'm good.", R),
        (C, "And we've got gift cards, great for the grandkids for the summer.", R),
        (U, "Just the cone, please."),
        (C, "Okay, $5.50."),
    ]),
    ("q10", "Maine lobster pound", ["gossip"], "cashier tells the customer about a coworker's DUI arrest while weighing and ringing up", [
        (U, "Two hardshells, about a pound and a half each?"),
        (C, "Let me grab a couple. Sorry it's slow, we're short today, Kyle got picked up for a DUI Saturday night.", {"pause": 5.0}),
        (U, "Oh, that's too bad."),
        (C, "Blew twice the limit coming off the bridge, in his mother's car no less. 3.1 pounds, so that's $41.85."),
        (U, "Card's fine."),
        (C, "And it's not even his first time, that's why his license was already suspended. Go ahead and tap."),
        (U, "Okay. Can you bag them with some seaweed?"),
        (C, "Sure thing, here you go."),
    ]),
    ("q11", "New Jersey diner register", [], "NOT repeat: 'Sorry?' re-ask, then different questions of the same shape", [
        (C, "Hi, picking up?"),
        (U, "Yeah, called in about twenty minutes ago."),
        (C, "What's the name on the order?"),
        (U, "Sorry?"),
        (C, "The name on the order?"),
        (U, "Oh, DeLuca."),
        (C, "DeLuca, here it is. Two pork roll egg and cheese and a short stack. Do you want ketchup packets?"),
        (U, "Sure, a few."),
        (C, "Do you want syrup for the pancakes?"),
        (U, "Yes, please."),
        (C, "And do you need forks and napkins?"),
        (U, "No, we're good, we're eating at home."),
        (C, "Alright, that's $21.60."),
    ]),
    ("q12", "Vermont maple sugarhouse shop", ["repeated_question"], "asks who the syrup is for again after the customer said, within a little story, that it is a birthday gift for her sister-in-law", [
        (C, "Hi, how are you today?"),
        (U, "Good, thanks. Just the pint of amber and the maple cream."),
        (C, "Great. Is this for you, or is it a gift?"),
        (U, "Ha, so last year for my sister-in-law's birthday I brought store-bought syrup to brunch, and she has never, ever let me live it down. Her birthday's Saturday, so this year it's the real stuff. It's for her."),
        (C, "Smart move. The maple cream is great on toast, too."),
        (U, "That's what I hear."),
        (C, "Okay, $31.00 even."),
        (U, "Here you go.", {"pause": 2.0}),
        (C, "And are these for yourself, or for someone else?"),
        (U, "For my sister-in-law. The birthday."),
        (C, "Oh, of course. Want a little gift bag for them?"),
        (U, "Sure, thanks."),
    ]),
    ("q13", "Maine lobster pound", [], "NOT gossip: a colleague praised for her crabmeat picking (product context) and the owner named only for a store rule", [
        (U, "Hi, do you have fresh crabmeat today?"),
        (C, "We do. Donna picked it this morning, and she's the best we've got, you won't find a shell in it."),
        (U, "Great, I'll take a pound."),
        (C, "Sure. Anything else?"),
        (U, "Two live lobsters too. I'll just carry them in a bag."),
        (C, "Sorry, Mike, the owner, has a rule that live lobsters only go out in one of our cooler boxes. It's two bucks."),
        (U, "Okay, that's fine."),
        (C, "So the crabmeat, two lobsters and the box comes to $74.50."),
        (U, "Here's my card."),
        (C, "All set. Keep them cool and cook them tonight."),
    ]),
    ("q14", "Cape Cod ice-cream stand", ["gossip"], "cashier tells her own custody fight and slanders her ex while ringing up two cones", [
        (U, "Two kiddie cones, one chocolate, one strawberry."),
        (C, "Coming up. That's $8.50. Sorry, I'm a little scattered today, I've got a custody hearing Thursday."),
        (U, "Oh, I'm sorry."),
        (C, "My ex's lawyer is telling the judge I'm an unfit mother because I work nights here, when he's the one who drinks. Tap whenever you're ready."),
        (U, "Okay."),
        (C, "And his new girlfriend's been posting my kids on her Facebook, which I didn't even agree to. Here are your cones."),
        (U, "Thanks. Good luck with everything."),
    ]),
    ("q15", "Vermont maple sugarhouse shop", ["rushed_upsell"], "quart upgrade, maple cream deal, email newsletter and gift card/mug fired back to back", [
        (U, "Just this pint of golden, please."),
        (C, "Want the quart instead? You save almost three dollars.", RR),
        (U, "No, the pint.", R),
        (C, "Maple cream's two for twelve today, want to add a couple?", R),
        (U, "No thanks.", R),
        (C, "Can I get your email for our sugaring season newsletter?", R),
        (U, "Um, I'd rather not.", R),
        (C, "And we've got gift cards and our sugarhouse mugs for the holidays, want to add one?", R),
        (U, "Really, just the syrup."),
        (C, "Okay, that's $14.95."),
    ]),
    ("q16", "Philly hoagie shop", ["repeated_question"], "plain small-talk repeat: asks again whether he watched the Eagles game after he said he did", [
        (C, "Yo, what's up. You catch the Birds last night?"),
        (U, "Yeah, watched it at my brother's place. What a finish."),
        (C, "Unreal. What can I get you?"),
        (U, "Cheesesteak, American, with fried onions."),
        (C, "Peppers or mushrooms?"),
        (U, "Mushrooms."),
        (C, "Okay, that'll be about eight minutes.", {"pause": 3.0}),
        (C, "So did you see the Eagles game?"),
        (U, "Yeah, I saw it. At my brother's."),
        (C, "Nice. That's $14.50."),
    ]),
    ("q17", "Boston coffee-and-donut counter", [], "NOT rushed: one tailored recommendation for a gluten-free coworker plus the usual bag and receipt questions", [
        (C, "Good morning, what can I get for you?"),
        (U, "A dozen assorted for the office, please. One of my coworkers can't have gluten, though."),
        (C, "Oh, then grab her one of the gluten-free blueberry muffins. They come wrapped separately, so there's no cross-contact with the donuts."),
        (U, "Perfect, add one of those."),
        (C, "Sure. Any particular donuts in the dozen, or should I mix it up?"),
        (U, "Mix it up, but a few Boston creams."),
        (C, "You got it.", {"pause": 6.0}),
        (C, "Do you want the muffin in its own bag?"),
        (U, "Yes, please, keep it separate."),
        (C, "Okay, that's $21.49. Want the receipt?"),
        (U, "Yes, for the expense report."),
        (C, "Here you go. Have a good one."),
    ]),
    ("q18", "New Jersey diner register", [], "NOT rushed: rice pudding offered early, punch card offered much later after a long relaxed chat", [
        (U, "Hey, Donna. Just the one check for me."),
        (C, "Hey, hon. We've got fresh rice pudding today, want a cup to go?"),
        (U, "No, I'm stuffed, thanks."),
        (C, "Fair enough. You heading down the shore this weekend?"),
        (U, "Trying to. My daughter's got a rental in Wildwood for the week."),
        (C, "Oh, nice. Parkway's going to be a parking lot Friday, though."),
        (U, "I know, I'm leaving Thursday night to beat it."),
        (C, "Smart. Your total's $12.40."),
        (U, "Card.", {"pause": 3.0}),
        (C, "Oh, and we started a punch card, your tenth breakfast is free. Want one?", {"pause": 20.0}),
        (U, "Sure, I'm here enough."),
        (C, "Here you go, first one's punched. Enjoy Wildwood."),
    ]),
]

if __name__ == "__main__":
    build("heldout64", HELDOUT64, 641)
