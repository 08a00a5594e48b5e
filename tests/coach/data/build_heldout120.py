# ruff: noqa: E501
"""Build the coach's held-out set 120: written by writer-120 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, fast New York / New
Jersey counter speech: "you want", "on line", "regular coffee", "fuggedaboutit"):
a Queens pizza counter, a Hoboken dry cleaner, a Bronx hardware store, a Jersey
City nail salon front desk, a Brooklyn bagel shop and a Bergen County pharmacy
counter.

Mix: 4 gossip (a landlord's mistress, a regular's arrest, the owner's son
skimming the drawer, the cashier's own divorce lawyer bills), 4 repeated_question
(slice or pie, starch asked three times, bolt size, prescription pickup day, each
re-asked in other words after other business), 3 rushed_upsell (combo + rewards
card + app; extended warranty + battery bundle + rewards + email; tip prompt +
combo + app + gift card), 7 hard "not" cases (warm chat about the customer's own
wedding plans; a colleague praised and named for a work reason; the customer
gossips while the cashier deflects; an order read back to confirm it; a "sorry?"
re-ask plus same-shape questions about two different prescriptions; one tailored
recommendation with the routine bag and receipt questions; two offers far apart
in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT120 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Queens pizza counter",
        ["gossip"],
        "cashier tells a customer the building's landlord keeps his mistress in a rent-free apartment behind his wife's back",
        [
            (C, "What can I get you, boss?"),
            (U, "Two regular slices and a Sprite."),
            (C, "You got it. Gimme two minutes, they're going back in the oven."),
            (U, "No rush."),
            (C, "Hey, you're over on Forty-Third, right? Same building as Gus, the landlord?"),
            (U, "Yeah, third floor."),
            (
                C,
                "So listen, you know the blonde that's always going in and out of there? That's not his wife. That's his girlfriend. He's got her set up in 2B, rent-free.",
            ),
            (
                C,
                "Meanwhile the wife's out in Staten Island thinking he's collecting rents all weekend. Fuggedaboutit, the whole block knows.",
            ),
            (U, "Huh. I had no idea."),
            (
                C,
                "Yeah, and he's jacking up everybody's rent to pay for her nails. Okay, here's your slices, seven fifty.",
            ),
            (U, "Here's ten."),
            (C, "Two fifty's your change. Enjoy."),
        ],
    ),
    (
        "q02",
        "Hoboken dry cleaner",
        ["gossip"],
        "cashier tells a customer about another regular being arrested and taken out of his restaurant in cuffs",
        [
            (C, "Hi, you got your ticket?"),
            (U, "Here. Should be three shirts and a suit."),
            (C, "Three shirts, one suit, lemme grab 'em off the rack."),
            (
                C,
                "Oh, you know Mr. Delgado? The guy with the Buick, comes in every Tuesday with the tablecloths from his place?",
            ),
            (U, "Kind of, by sight."),
            (
                C,
                "He got arrested Friday. Cops walked him out of the restaurant in handcuffs, in front of the whole lunch crowd. My cousin says he was cooking the books for years.",
            ),
            (
                C,
                "And he still owes me for two comforters, so I guess I'm never seeing that money, huh.",
            ),
            (U, "Wow. Okay."),
            (C, "Crazy. Anyway, twenty-two eighty."),
            (U, "Card okay?"),
            (C, "Card's fine, tap right there."),
        ],
    ),
    (
        "q03",
        "Brooklyn bagel shop",
        ["gossip"],
        "cashier accuses the owner's son of skimming cash out of the drawer",
        [
            (C, "Next on line! What're we having?"),
            (U, "Everything bagel, scallion cream cheese, and a regular coffee."),
            (C, "Toasted?"),
            (U, "Nah, it's fine like that."),
            (C, "Coming right up."),
            (
                C,
                "Between you and me, if the kid's on the register, don't pay him cash. Mikey, the owner's son.",
            ),
            (U, "Why, what's he do?"),
            (
                C,
                "He's been skimming out of the drawer for months. A twenty here, forty there. Pop thinks the count's off because of me, meanwhile the kid's driving around in a brand new Charger.",
            ),
            (C, "I'm not saying nothing to the old man, it's his family, but I know what I know."),
            (U, "Yikes."),
            (C, "Six twenty-five, hon."),
            (U, "Here you go."),
        ],
    ),
    (
        "q04",
        "Jersey City nail salon desk",
        ["gossip"],
        "cashier overshares about her own divorce, her lawyer's bills and her ex's demands",
        [
            (C, "Hi sweetie, you here for the gel fill with Tina?"),
            (U, "Yeah, three o'clock."),
            (C, "She's finishing up, two minutes. You wanna pay now or after?"),
            (U, "After's fine."),
            (
                C,
                "Okay. Sorry if I'm a little out of it today, I got my lawyer's bill this morning.",
            ),
            (
                C,
                "Forty-two hundred dollars. For one month! And my ex is dragging it out on purpose, he won't sign nothing, he wants the car, he wants the dog, he's telling the judge I spend too much on my nails. I work in a nail salon!",
            ),
            (U, "Oh no, that's rough."),
            (
                C,
                "I had to borrow from my sister for the retainer. I'm gonna be paying this guy off till I'm sixty.",
            ),
            (U, "I'm sorry."),
            (C, "Eh, what are you gonna do. Tina's ready for you, go ahead back."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Queens pizza counter",
        ["repeated_question"],
        "after taking toppings, drinks and pickup, the cashier asks again whether it's slices or a whole pie",
        [
            (C, "Hey, how you doing. Slices or a whole pie?"),
            (U, "Whole pie. Large."),
            (C, "Large. What do you want on it?"),
            (U, "Half mushroom, half sausage."),
            (C, "Half and half, okay. Anything else, drinks, knots?"),
            (U, "Yeah, a two-liter Coke and an order of garlic knots."),
            (C, "Two-liter, knots. You waiting or you want it delivered?"),
            (U, "I'll wait for it."),
            (C, "Alright, about fifteen minutes."),
            (C, "So you just want a couple slices, or you doing a whole pie?"),
            (U, "The whole pie. The large one, half mushroom, half sausage."),
            (C, "Right, right, my bad. Twenty-nine fifty all together."),
        ],
    ),
    (
        "q06",
        "Hoboken dry cleaner",
        ["repeated_question"],
        "the customer says no starch and the cashier asks about starch twice more in other words",
        [
            (C, "Morning. Dropping off?"),
            (U, "Yeah, five dress shirts."),
            (C, "Starch or no starch?"),
            (U, "No starch, it makes my neck itch."),
            (C, "Okay. On hangers or folded?"),
            (U, "Hangers."),
            (C, "Name for the ticket?"),
            (U, "Ferraro."),
            (C, "Ferraro. You want a little starch in the collars at least?"),
            (U, "No, no starch at all, please."),
            (C, "Got it. Five shirts, Thursday after four."),
            (C, "Oh, and these, light starch or you like 'em stiff?"),
            (U, "None! No starch. That's three times now."),
            (C, "Sorry, sorry. I'm writing it big on the ticket."),
        ],
    ),
    (
        "q07",
        "Bronx hardware store",
        ["repeated_question"],
        "cashier re-asks the bolt size the customer already gave, after finish, nuts and washers",
        [
            (C, "Whaddya need?"),
            (U, "Carriage bolts, for a deck railing."),
            (C, "What size you looking for?"),
            (U, "Three-eighths by four inch. I need twelve."),
            (C, "Okay. Galvanized or stainless?"),
            (U, "Galvanized is fine."),
            (C, "You need nuts and washers with those?"),
            (U, "Yeah, twelve of each."),
            (C, "Alright, and what diameter was the bolt, you said half-inch?"),
            (U, "Three-eighths. Three-eighths by four."),
            (C, "Three-eighths, right. Lemme grab 'em from aisle four."),
        ],
    ),
    (
        "q08",
        "Bergen County pharmacy counter",
        ["repeated_question"],
        "cashier asks when the customer will pick up, takes birth date, address and insurance, then asks the pickup day again",
        [
            (C, "Hi, dropping off or picking up?"),
            (U, "Dropping off. New prescription from Dr. Kaplan."),
            (
                C,
                "Okay, lemme see. We gotta order this one, it's not in stock. When do you wanna come get it?",
            ),
            (U, "Friday's good, I'm off Friday."),
            (C, "Friday, okay. Date of birth?"),
            (U, "March third, seventy-one."),
            (C, "You still on Bergen Avenue, same address?"),
            (U, "Same address."),
            (C, "Insurance the same, the Horizon card?"),
            (U, "Yep, nothing changed."),
            (C, "Perfect. So what day you gonna swing by and pick this up?"),
            (U, "Friday. Like I said."),
            (C, "Friday, got it. It'll be ready after eleven."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Brooklyn bagel shop",
        ["rushed_upsell"],
        "combo, rewards card and app pushed back to back while the customer tries to say no",
        [
            (C, "Next on line!"),
            (U, "Lemme get a bacon egg and cheese on a roll."),
            (C, "Salt pepper ketchup?"),
            (U, "Salt and pepper, yeah."),
            (C, "You wanna make it a combo, hash brown and a coffee, two bucks more?", RR),
            (U, "No, I'm good, I just...", R),
            (
                C,
                "You got our rewards card? I can sign you up right now, just need your phone number.",
                R,
            ),
            (
                C,
                "And get the app, first order you get a free dozen, it's right there on the sign.",
                R,
            ),
            (U, "I'm good, really.", R),
            (C, "Okay. Six seventy-five."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "Bronx hardware store",
        ["rushed_upsell"],
        "extended warranty, battery bundle, rewards membership and email capture fired off in one burst",
        [
            (C, "Find everything okay?"),
            (U, "Yeah, just this drill."),
            (
                C,
                "Nice, that's the twenty-volt. You want the three-year protection plan on that? Covers drops, motor, whatever.",
                RR,
            ),
            (U, "Uh, I don't think...", R),
            (
                C,
                "We also got the battery bundle, second battery for thirty bucks, normally fifty-nine.",
                R,
            ),
            (
                C,
                "You a Pro Rewards member? No? I can set you up, takes a second, five percent back on everything.",
                R,
            ),
            (U, "No thanks.", R),
            (C, "Email for the receipt?", R),
            (U, "Paper's fine."),
            (C, "Okay, one twenty-nine ninety-nine with tax."),
        ],
    ),
    (
        "q11",
        "Jersey City nail salon desk",
        ["rushed_upsell"],
        "tip prompt, combo booking, app and gift card deal pushed one after another at payment",
        [
            (C, "Okay, you had the gel manicure with Lily, that's forty-five."),
            (U, "Card, please."),
            (
                C,
                "Screen's gonna ask you for a tip for Lily, twenty, twenty-five or thirty percent.",
                RR,
            ),
            (
                C,
                "And next time do the mani-pedi combo, you save fifteen, I can book you right now.",
                R,
            ),
            (U, "Maybe, I don't...", R),
            (C, "Download our app too, ten percent off your next visit and you book yourself.", R),
            (C, "Oh, and the holiday gift cards, buy a hundred get twenty free.", R),
            (U, "Just the manicure today, thanks.", R),
            (C, "Okay, sign there."),
            (U, "There you go."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Jersey City nail salon desk",
        [],
        "warm chat about the customer's own daughter's wedding and her dress, one fitting suggestion, a colleague named to seat her: no gossip, no repeat, no push",
        [
            (C, "Hi! Look at you, you're glowing. What are we doing today?"),
            (U, "Full set, for my daughter's wedding Saturday. Something classy."),
            (C, "Oh, congratulations! Mother of the bride!"),
            (U, "Mother of the bride. I'm a wreck."),
            (C, "You're gonna look beautiful. What color's your dress?"),
            (U, "Champagne, kind of a blush."),
            (
                C,
                "Then I'd go soft pink, almond shape, nothing too loud. You want it nice in the pictures.",
            ),
            (U, "That sounds perfect."),
            (C, "Where's the wedding, here in Jersey?"),
            (U, "Down the shore, in Point Pleasant."),
            (
                C,
                "Gorgeous. I hope the weather holds for you. Kim's free, she'll take you right now.",
            ),
        ],
    ),
    (
        "q13",
        "Bronx hardware store",
        [],
        "a colleague is named and praised for his plumbing know-how and the customer is sent to him: helpful, not gossip",
        [
            (C, "How you doing, what can I help you with?"),
            (U, "Kitchen faucet's dripping. I think I need a cartridge."),
            (C, "You bring the old one?"),
            (U, "Yeah, it's right here."),
            (
                C,
                "That's a Moen, I think. Honestly, go see Ray in plumbing, aisle nine. He's been doing this thirty years, he'll match it by eye.",
            ),
            (
                C,
                "He knows the trick for getting the clip out without scratching nothing, too. Best guy we got.",
            ),
            (U, "Great, thanks."),
            (U, "Found it. Ray had it in two seconds.", {"pause": 25.0}),
            (C, "Told you. Yeah, that's the right one. Eighteen ninety-nine."),
            (U, "Card."),
            (C, "Go ahead and tap. You need a bag for that?"),
            (U, "Nah."),
        ],
    ),
    (
        "q14",
        "Brooklyn bagel shop",
        [],
        "the customer gossips about neighbours and the cashier politely refuses to join in and goes back to the order",
        [
            (C, "Morning, what can I get you?"),
            (U, "Sesame with lox spread and a large regular."),
            (C, "Sesame, lox spread, large regular. Toasted?"),
            (
                U,
                "Toasted. Hey, you hear about the Russos upstairs from me? She threw all his clothes out the window Sunday night. The whole street saw.",
            ),
            (C, "Oh, I don't know nothing about that."),
            (U, "Come on, you know everybody. They say he's got a girlfriend in Bayonne."),
            (
                C,
                "Honestly, I stay out of it. People's business is their business. You want napkins in the bag?",
            ),
            (U, "Yeah, a couple. You're no fun."),
            (C, "That's what they pay me for. Eight fifteen."),
            (U, "Keep the change out of ten."),
            (C, "Thanks, hon, have a good one."),
        ],
    ),
    (
        "q15",
        "Queens pizza counter",
        [],
        "the cashier reads a long order back to confirm it and asks different questions about it: not a repeated question",
        [
            (C, "Hey, what's it gonna be?"),
            (
                U,
                "Okay, um, two plain slices, one pepperoni, an order of garlic knots, and a large Coke.",
            ),
            (C, "You want marinara with the knots?"),
            (U, "Yeah, extra marinara."),
            (
                C,
                "Lemme read it back. Two plain, one pepperoni, garlic knots with extra marinara, large Coke. That's everything?",
            ),
            (U, "That's it."),
            (C, "Slices heated up or you want 'em as is?"),
            (U, "Heat 'em up."),
            (C, "Grab a seat, I'll call you. Sixteen twenty-five."),
            (U, "Here's twenty."),
            (C, "Three seventy-five back. Parm and red pepper's on the counter."),
        ],
    ),
    (
        "q16",
        "Bergen County pharmacy counter",
        [],
        "birth date re-asked only because the customer said 'sorry, what?', then the same counselling question about two different prescriptions",
        [
            (C, "Hi, picking up?"),
            (U, "Yeah, for Rosa Martinez."),
            (C, "Date of birth?"),
            (U, "Sorry, what? The door's so loud."),
            (C, "Your date of birth, hon."),
            (U, "July twelfth, fifty-eight."),
            (
                C,
                "I got two here, the lisinopril and the metformin. Any questions for the pharmacist on the lisinopril?",
            ),
            (U, "No, I've been on it for years."),
            (C, "And the metformin, any questions on that one? It's a new strength."),
            (U, "No, the doctor explained it."),
            (C, "Okay. Copay's ten each, so twenty."),
            (U, "Here."),
            (C, "Sign right there for me, that just says you were offered counselling."),
        ],
    ),
    (
        "q17",
        "Bronx hardware store",
        [],
        "one recommendation tailored to the customer's heavy mirror, then only the usual bag and receipt questions spread out",
        [
            (C, "Hey, how's it going. Just these?"),
            (U, "Yeah, the plastic anchors. I'm hanging a big mirror in the hallway."),
            (C, "How big we talking?"),
            (U, "Like forty pounds. It was my grandmother's."),
            (
                C,
                "Then I wouldn't trust those little plastic guys in drywall. For forty pounds you want the toggle bolts, right behind you, the snap kind. They'll hold it no problem.",
            ),
            (U, "Oh, good call. Lemme swap 'em."),
            (U, "These ones?", {"pause": 20.0}),
            (C, "Those are the ones. Eleven forty-nine."),
            (U, "Card."),
            (C, "Go ahead. You need a bag?"),
            (U, "Nah, they'll go in my pocket."),
            (C, "Receipt, you want it?", {"pause": 3.0}),
            (U, "I'll take it, just in case."),
            (C, "Here you go. Good luck with the mirror."),
        ],
    ),
    (
        "q18",
        "Hoboken dry cleaner",
        [],
        "a zipper repair offered for the customer's own coat early and a punch card much later in a relaxed visit: two offers far apart",
        [
            (C, "Hey, Mrs. Cho, how you doing? Cold out there, huh?"),
            (U, "Freezing. I finally brought the winter coats."),
            (C, "About time, right? Okay, two wool coats and the parka."),
            (
                C,
                "That parka, the zipper's coming apart at the bottom. We got a tailor here now, she can put a new one in. You want me to write it up?",
            ),
            (U, "Oh, I didn't even notice. How much?"),
            (C, "Eighteen for the zipper."),
            (U, "Sure, do it."),
            (C, "How's your grandson, he started at Rutgers?", {"pause": 4.0}),
            (U, "He did, he loves it. He only calls when he needs money."),
            (C, "Ha, that's how you know he's fine."),
            (U, "Exactly. His mother worries, I tell her leave him alone."),
            (
                C,
                "Okay, they'll be ready next Wednesday. Oh, we got a punch card now, every ten items one's free. You want one?",
                {"pause": 12.0},
            ),
            (U, "Sure, why not."),
            (C, "There you go, I punched three already. See you Wednesday."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout120", HELDOUT120, 1201)
