# ruff: noqa: E501
"""Build the coach's held-out set 103: written BLIND by writer-103 BEFORE reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read); not tuned against the coach.

Imagined authors and settings (normal case and punctuation, as a person would type
it): car service desks, tyre shops and auto-parts counters in the US and UK -- a
Dallas dealership service desk / parts counter, a Leicester tyre fitter, a Phoenix
auto-parts store, a Glasgow MOT garage, a Minnesota oil-change drive-in and a
Norwich car-wash kiosk (three conversations each).

Mix (aimed at PRECISION: a false nudge costs more than a miss):
  4 gossip            a mechanic's drink-driving ban, a previous customer who clocks
                      his mileage, the service manager's affair with the receptionist,
                      the cashier's own debt collectors.
  4 repeated_question the car/model, wait-or-leave, the mileage, the vehicle again,
                      each re-asked in other words after a clear answer.
  3 rushed_upsell     tyre protection / app / breakdown cover / email; valet / wiper
                      blades / app / donation; wiper blades / service plan / app / email.
  7 unlabelled        hard near-misses: warm chat about the customer's family and the
                      cashier's harmless day; a colleague praised in a product context
                      and the manager named only for a rule; a CUSTOMER who gossips
                      while the cashier deflects; an order read back to confirm; a
                      "sorry?" re-ask plus different questions of the same shape; one
                      tailored recommendation with bag and receipt questions; two
                      offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT103 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Glasgow MOT garage",
        ["gossip"],
        "cashier tells a customer a mechanic lost his licence for drink-driving and how he gets to work",
        [
            (C, "Morning. Is this the silver Astra in for its MOT at nine?"),
            (U, "That's me, aye."),
            (C, "Grand. Keys and a contact number, please."),
            (U, "Here you go. It's 07700 900412."),
            (
                C,
                "It'll be Stevie doing it today, not Craig. Between you and me, Craig's off the road. Banned for drink-driving, blew twice the limit on the Paisley Road after the Christmas night out.",
            ),
            (U, "Oh. Right."),
            (
                C,
                "Aye, and he's got his brother-in-law driving him in every morning. The boss doesn't know the half of it.",
            ),
            (U, "I'll just wait over there, then."),
            (C, "Help yourself to a coffee. Should be about forty minutes."),
        ],
    ),
    (
        "q02",
        "Phoenix auto-parts store",
        ["gossip"],
        "cashier slanders the previous customer by name: says he rolls back odometers and flips trucks",
        [
            (U, "Hi, I need a fuel pump relay for a 2008 Silverado."),
            (C, "Sure, let me look that up. Yep, we've got two in stock."),
            (
                C,
                "Funny, the guy right before you had a Silverado too. Real piece of work. He buys old trucks, clocks the mileage back sixty thousand and flips them on Marketplace.",
            ),
            (U, "Huh. Isn't that illegal?"),
            (
                C,
                "Oh, totally. Everybody here knows it. Rick something, lives out by Ahwatukee, been doing it for years. I wouldn't buy a bicycle off that guy.",
            ),
            (U, "Okay. How much for the relay?"),
            (C, "Eighteen forty-nine with tax."),
            (U, "Card's fine."),
            (C, "Go ahead and tap. Receipt's in the bag."),
        ],
    ),
    (
        "q03",
        "Dallas dealership service desk",
        ["gossip"],
        "service advisor volunteers that the married service manager is having an affair with the receptionist",
        [
            (C, "Welcome in. What's the name on the appointment?"),
            (U, "Patel. It's the sixty-thousand-mile service on the Highlander."),
            (
                C,
                "Got you right here. If anything needs approving while it's in, call my cell, not the front desk.",
            ),
            (U, "Okay."),
            (
                C,
                "Between us, Tanya on reception and Mike, our service manager, are kind of an item. They're both married, and they take these two-hour lunches together, so nobody answers that phone.",
            ),
            (U, "Oh. I really didn't need to know that."),
            (
                C,
                "Ha, everybody knows. His wife came in last week and it got real awkward. Anyway, here's my card.",
            ),
            (U, "Thanks. When should I expect it?"),
            (C, "Should be done around three."),
        ],
    ),
    (
        "q04",
        "Norwich car-wash kiosk",
        ["gossip"],
        "cashier overshares her own private drama: debt collectors, bailiffs, hiding letters from her mum",
        [
            (U, "Hiya, just the standard wash, please."),
            (C, "Standard's six pounds. Card or cash?"),
            (U, "Card."),
            (
                C,
                "Machine's slow today. Bit like my life at the minute. I've had debt collectors at the door twice this week over a credit card I maxed out on my ex.",
            ),
            (U, "Oh dear."),
            (
                C,
                "They're threatening bailiffs now. Eight grand, all told. I've not told my mum, she'd go spare, so I'm hiding the letters in my glovebox.",
            ),
            (U, "That sounds stressful. Has the payment gone through?"),
            (C, "Yeah, all done. Pull forward to the green light."),
            (U, "Cheers."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Leicester tyre fitter",
        ["repeated_question"],
        "customer clearly said a 2017 Vauxhall Corsa; later the fitter asks the make and model again in other words",
        [
            (C, "Afternoon, what can we do for you?"),
            (U, "I've got a slow puncture, front passenger side."),
            (C, "No worries. What are you driving?"),
            (U, "A 2017 Vauxhall Corsa, the blue one parked just outside."),
            (C, "Right. Do you know your tyre size, or shall I check?"),
            (U, "Could you check? I've no idea."),
            (C, "Sure. Has it been losing air for long?"),
            (U, "About a week. I've been pumping it up every couple of days."),
            (C, "Okay. And what make and model's the car, for the job sheet?"),
            (U, "Er, like I said, a Corsa. 2017."),
            (C, "Lovely. Should be twenty minutes if it's repairable."),
        ],
    ),
    (
        "q06",
        "Dallas dealership service desk",
        ["repeated_question"],
        "customer clearly said she will wait in the lounge; advisor later asks again whether she'll hang around or needs a shuttle",
        [
            (C, "Good morning, welcome to the service drive. What brings you in?"),
            (U, "The check engine light came on yesterday in my Camry."),
            (
                C,
                "Okay, we'll run a diagnostic. Are you planning to wait for it, or leave it with us today?",
            ),
            (U, "I'll wait. I brought my laptop, so I'll sit in the lounge."),
            (C, "Perfect. Can I get a good phone number?"),
            (U, "214-555-0187."),
            (
                C,
                "Great. The diagnostic is a hundred and forty-nine, and that gets credited if you do the repair here.",
            ),
            (U, "That's fine."),
            (
                C,
                "Alright. So are you going to hang around for it, or do you need a shuttle ride somewhere?",
            ),
            (U, "No, I'm waiting. In the lounge."),
            (C, "Got it. I'll come find you when the tech's done."),
        ],
    ),
    (
        "q07",
        "Minnesota oil-change drive-in",
        ["repeated_question"],
        "customer read the odometer out clearly (112,430); tech later asks how many miles are on it again",
        [
            (C, "Hey there, welcome in. Just the oil change today?"),
            (U, "Yep, just the oil change."),
            (C, "Sounds good. What's the mileage reading on the dash?"),
            (U, "It says 112,430."),
            (C, "Okay. Conventional or synthetic today?"),
            (U, "Synthetic, please."),
            (C, "You got it. Pop the hood for me."),
            (U, "Done."),
            (C, "Thanks. And how many miles are on her right now?"),
            (U, "Same as I said, about 112,000."),
            (C, "Great, we'll have you out in ten."),
        ],
    ),
    (
        "q08",
        "Phoenix auto-parts store",
        ["repeated_question"],
        "customer clearly said a 2011 Honda Civic sedan; clerk later asks what car the pads are going on again",
        [
            (U, "Hi, I need front brake pads."),
            (C, "Sure thing. What vehicle are they for?"),
            (U, "A 2011 Honda Civic, the regular sedan, not the Si."),
            (C, "Okay, ceramic or semi-metallic?"),
            (U, "Ceramic. Less dust."),
            (C, "Good call. Do you need rotors too, or just pads?"),
            (U, "Just the pads. The rotors were done last year."),
            (C, "Alright. And what car is this going on again?"),
            (U, "The Civic. 2011."),
            (C, "Perfect, I've got the Wagner ceramics for forty-two ninety-nine."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Leicester tyre fitter",
        ["rushed_upsell"],
        "tyre protection, app, breakdown cover and email capture fired back to back while the customer is trying to pay",
        [
            (C, "Right, that's your two front tyres fitted and balanced. That's 146 pounds."),
            (U, "Okay, card, please."),
            (
                C,
                "Lovely. Do you want tyre protection on those? Twelve quid a tyre, covers punctures for a year.",
                RR,
            ),
            (U, "Er, no, I'm--", R),
            (C, "And have you got our app? Ten percent off your next set.", R),
            (U, "No, I--", R),
            (C, "And breakdown cover's half price this month, shall I sign you up?", R),
            (U, "No thanks.", R),
            (C, "And can I grab an email for the receipt and offers?", R),
            (U, "Just let me pay, please."),
            (C, "Go on then, tap whenever you're ready."),
        ],
    ),
    (
        "q10",
        "Norwich car-wash kiosk",
        ["rushed_upsell"],
        "valet upgrade, wiper blades, loyalty app and a charity round-up in one burst for a five-pound wash",
        [
            (U, "Hi, can I get the basic wash?"),
            (
                C,
                "Basic wash, five pounds. Want to upgrade to the full valet today? Inside and out for twenty.",
                RR,
            ),
            (U, "No, just the--", R),
            (
                C,
                "We've got wiper blades on offer too, two for a tenner, yours look a bit tired.",
                R,
            ),
            (U, "They're fine.", R),
            (C, "And if you download our app, every sixth wash is free.", R),
            (U, "Maybe later.", R),
            (C, "Oh, and we're collecting for the air ambulance. Round it up to six?", R),
            (U, "Just the five, thanks."),
            (C, "No problem. Pull forward when the light goes green."),
        ],
    ),
    (
        "q11",
        "Minnesota oil-change drive-in",
        ["rushed_upsell"],
        "winter wiper blades, prepaid service plan, app and email sign-up fired off before the card is run",
        [
            (C, "Alright, you're all done, fresh oil and a new filter. That comes to 49.99."),
            (U, "Great, here's my card."),
            (
                C,
                "Before I run it, want me to swap your wiper blades? Winter ones are 29 for the pair.",
                RR,
            ),
            (U, "Um, not today.", R),
            (
                C,
                "We've also got our prepaid service plan, four oil changes for 159, saves you forty bucks.",
                R,
            ),
            (U, "I'm okay.", R),
            (C, "And if you scan this code and get the app, it's five off next time.", R),
            (U, "Uh huh.", R),
            (C, "Last thing, can I get your email for the reminder list?", R),
            (U, "I'd rather just pay."),
            (C, "Sure, running it now."),
        ],
    ),
    # ------------------------------------------------- unlabelled near-misses
    (
        "q12",
        "Norwich car-wash kiosk",
        [],
        "NOT gossip: warm chat about the customer's own trip to her grandson's first birthday, and the cashier's harmless quiet morning",
        [
            (C, "Morning! What can I get you?"),
            (
                U,
                "The deluxe wash, please. Got to get the car looking decent, we're driving up to Whitby tomorrow for my grandson's first birthday.",
            ),
            (C, "Oh, lovely! First birthday, that's a big one. Is there a party?"),
            (
                U,
                "Just family, a little tea at my daughter's. He's only just started walking, so it'll be chaos.",
            ),
            (C, "The best kind of chaos. Long drive, too. Have you got snacks sorted?"),
            (U, "My husband's in charge of those, so probably just mints."),
            (
                C,
                "Sounds about right. I've had a nice quiet morning here, just me, the radio and a very good bacon roll.",
            ),
            (U, "Sounds like the dream."),
            (C, "It's not bad! That's eight pounds for the deluxe."),
            (U, "There you go."),
            (C, "Thanks, pull forward when it's green. Have a brilliant time in Whitby."),
        ],
    ),
    (
        "q13",
        "Phoenix auto-parts store",
        [],
        "NOT gossip: a colleague is named and praised for his battery know-how (helpful product context); the manager is named only for a store rule",
        [
            (
                U,
                "Hey, I need a battery for a 2014 F-150. The old one died in the parking lot at work.",
            ),
            (
                C,
                "That heat'll kill them. We've got two that fit: the standard at 159 and the AGM at 229.",
            ),
            (U, "Which would you go with?"),
            (
                C,
                "Marcus on our commercial desk knows batteries better than anyone here, and he puts the AGM in every fleet truck he supplies because it handles the heat.",
            ),
            (U, "Alright, the AGM, then. Can you take the old one?"),
            (
                C,
                "Yep, that knocks the core charge off. Just so you know, our manager Denise has a rule that we don't install out in the lot when it's over 110, so pull into the shade bay around back.",
            ),
            (U, "Fair enough, it's brutal out there."),
            (C, "It is. With tax and the core credit, that's 241.17."),
            (U, "Card."),
            (C, "Go ahead and insert. Swing around back and Marcus will get it in for you."),
        ],
    ),
    (
        "q14",
        "Glasgow MOT garage",
        [],
        "NOT gossip: the CUSTOMER gossips at length about her neighbour; the cashier deflects twice and stays on the MOT",
        [
            (U, "Hi, just picking up the Corsa. Was it a pass?"),
            (C, "Aye, passed. Just an advisory on the rear brake pipes, nothing urgent."),
            (
                U,
                "Thank God. Not like my neighbour. You'll know him, Gordon, three doors down from me on Kelvin Street? His car failed on everything, and no wonder, he's never sober long enough to drive it.",
            ),
            (C, "Couldn't say, I'm afraid. We see a lot of cars."),
            (
                U,
                "And his wife's left him, did you hear? Went off with the fella from the bookies. The whole street's talking about it.",
            ),
            (C, "Ah well, that's not for me to say. So that's the MOT at forty-five pounds."),
            (U, "Card, please. Honestly, you couldn't make it up, the state of that house."),
            (C, "There we go, that's gone through. Here's your certificate and your keys."),
            (U, "Cheers, hen."),
            (C, "Take care now, drive safe."),
        ],
    ),
    (
        "q15",
        "Leicester tyre fitter",
        [],
        "NOT a repeat: the fitter reads the online booking back once to confirm it, and confirms the phone number on file; nothing already answered is re-asked",
        [
            (C, "Hiya, how can I help?"),
            (
                U,
                "I booked online. Two front tyres for a Kia Sportage, the Michelin ones, and a wheel alignment.",
            ),
            (C, "Let me pull that up. Yep, here we are."),
            (
                C,
                "So just to confirm, that's two Michelin Primacy 4s, 225/60 R17, on the front, plus a four-wheel alignment, for the Sportage on FD19 XKT. Is that all correct?",
            ),
            (U, "That's right."),
            (C, "Perfect. That comes to 298 pounds all in, and it'll be about an hour."),
            (U, "I'll nip to the cafe over the road."),
            (
                C,
                "Good shout. We'll ring you when it's ready. Is the number ending 417 still right?",
            ),
            (U, "Yes, that's me."),
        ],
    ),
    (
        "q16",
        "Minnesota oil-change drive-in",
        [],
        "NOT a repeat: the mileage is re-asked only because the customer said 'sorry?' over the compressor; the later questions share a shape but ask different things",
        [
            (C, "Hey, welcome in! What's the mileage on the odometer?"),
            (U, "Sorry? The compressor's really loud."),
            (C, "No problem. What's the mileage on the odometer?"),
            (U, "Oh, 67,900."),
            (C, "Thanks. Any warning lights on the dash lately?"),
            (U, "Nope, none."),
            (C, "Any leaks you've spotted on the driveway?"),
            (U, "Not that I've noticed."),
            (C, "Any grinding when you brake?"),
            (U, "No, it's been quiet."),
            (C, "Great, we'll get started. You can stay in the car, it's about ten minutes."),
        ],
    ),
    (
        "q17",
        "Dallas dealership parts counter",
        [],
        "NOT rushed: one recommendation tailored to the son's allergies, then the usual bag and receipt questions spread out around the card payment",
        [
            (U, "Hi, I need a cabin air filter for a 2020 RAV4."),
            (C, "Sure. Anything going on with the air in there?"),
            (U, "My son's got bad allergies, and it's been rough since cedar season started."),
            (
                C,
                "In that case I'd go with the charcoal one instead of the basic. It's eight dollars more, but it catches a lot more of the pollen.",
            ),
            (U, "Let's do the charcoal."),
            (C, "Good choice. That's 38.50 with tax."),
            (U, "Card. Hang on, it's in here somewhere."),
            (C, "Would you like a bag for that?", {"pause": 6.0}),
            (U, "No, I'll just carry it."),
            (C, "And do you want your receipt?", {"pause": 4.0}),
            (U, "Yes, please."),
            (C, "Here you go. Hope your son feels better."),
        ],
    ),
    (
        "q18",
        "Glasgow MOT garage",
        [],
        "NOT rushed: a winter check offered at drop-off and a service-plan leaflet mentioned at payment, far apart in a relaxed, chatty visit",
        [
            (C, "Morning, Mrs Reid. Back for the MOT on the Fiesta?"),
            (U, "That's me. Same as every November."),
            (
                C,
                "Like clockwork. While it's in, we're doing a winter check for fifteen pound, battery, antifreeze and lights. Want that added?",
            ),
            (U, "No, I'm fine, thanks. My son checked all that last week."),
            (C, "Good on him. How's he getting on at the uni?"),
            (
                U,
                "Loving it. He's doing engineering at Strathclyde, so now he thinks he knows everything about cars.",
            ),
            (C, "They all do at that age. Grab a seat, the kettle's on."),
            (U, "Lovely."),
            (C, "Right, that's it through. A pass, no advisories.", {"pause": 55.0}),
            (U, "Brilliant."),
            (
                C,
                "That's fifty-four eighty-five. And there's a leaflet there on our service plan if you ever fancy spreading the cost, no pressure.",
            ),
            (U, "I'll take one for the fridge. Card, please."),
            (C, "There you go. See you next November."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout103", HELDOUT103, 1031)
