# ruff: noqa: E501
"""Build the coach's held-out set 166: written by writer-166 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors: staff and tourists at Caribbean counters, written with normal case
and punctuation in Caribbean English (Barbados, Jamaica, the Bahamas): a village rum
shop counter in Barbados and a roadside one near Ocho Rios, souvenir shops on Bay
Street in Nassau, in Ocho Rios and in Falmouth, beach bars at Negril, Accra Beach and
Cable Beach, pharmacies in Bridgetown, Speightstown and Montego Bay, groceries in
Montego Bay and Holetown, and dive shops in Nassau and the Exumas. The cashier
sometimes speaks twice in a row.

Mix: 4 gossip (a hotel manager's affair with a guest, the previous customer's unpaid
tab, the owner's cousin's smuggling, the cashier's own boyfriend's other woman), 4
repeated_question (which rum, how many bottles with the customer answering "six" both
times, which T-shirt size, which dive time), 3 rushed_upsell (loyalty card, tour
package, photo package, gift box, email capture and tip prompt pushed back to back at
a tourist who barely answers), and 7 hard "not" cases: warm chat about the customer's
own anniversary with a colleague praised for his drinks; the customer gossips while
the cashier deflects; an order read back plus a "sorry?" re-ask; different pharmacy
questions of the same shape; one tailored sunscreen recommendation with routine bag
and receipt questions spread out; two offers far apart in a relaxed visit; the manager
named for a work reason and praised, with chat about the customer's own evening.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT166 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Negril beach bar",
        ["gossip"],
        "bartender tells a tourist the married manager of her hotel is sleeping with a guest",
        [
            (C, "Evening, boss. What can I get you?"),
            (U, "Two Red Stripes, please."),
            (C, "Coming up."),
            (C, "You staying up at the Sea Grape, right? I see the wristband."),
            (U, "Yeah, that's the one."),
            (
                C,
                "Man, let me tell you something. The manager up there, Mr. Barrett, married man, two kids, he's been creeping with one of the guests. Canadian lady, room right by the pool.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "Whole beach knows it. She extended her stay three times already and his wife doesn't have a clue. Pure scandal.",
            ),
            (U, "Right. What do I owe you?"),
            (C, "Eight hundred Jamaican, or six US."),
            (U, "Here's ten, keep it."),
            (C, "Bless, man. Irie."),
        ],
    ),
    (
        "q02",
        "Barbados village rum shop counter",
        ["gossip"],
        "cashier tells a visitor the man who just left owes the shop hundreds and his light bill got cut off",
        [
            (C, "Afternoon, darling. What you having?"),
            (U, "A flask of the Old Brigand and two Banks, please."),
            (C, "No problem."),
            (
                C,
                "You see the fella who just walked out, with the straw hat? He owes this shop nearly four hundred dollars. Three months drinking on credit and not one cent paid.",
            ),
            (U, "Oh dear."),
            (
                C,
                "And he goes round telling everybody he got a big job at the airport. Big job my foot. His wife was in here last week crying because the light bill got cut off.",
            ),
            (U, "That's rough. How much for these?"),
            (C, "Thirty-two fifty."),
            (U, "Here you go."),
            (C, "Thanks, love. Mind the step going out."),
        ],
    ),
    (
        "q03",
        "Nassau Bay Street souvenir shop",
        ["gossip"],
        "cashier tells a tourist the owner's cousin smuggles shells and worse on his boat and gets let off by customs",
        [
            (C, "Hi there, find everything okay?"),
            (U, "Yes, just these two magnets and the conch shell."),
            (C, "Lovely. That shell's a nice one."),
            (U, "It's for my mum, she collects them."),
            (
                C,
                "Between you and me, you know where half the shells in here come from? The owner's cousin, Rudy. He runs them over from Inagua on his boat at night, no permits, nothing.",
            ),
            (
                C,
                "And it's not only shells on that boat, if you catch my meaning. Customs stopped him twice last year and every time somebody makes a phone call and he walks.",
            ),
            (U, "Um, is it okay to take the shell through the airport?"),
            (C, "This one comes with a receipt, you'll be fine. Twenty-four dollars altogether."),
            (U, "Card okay?"),
            (C, "Sure, tap right there."),
        ],
    ),
    (
        "q04",
        "Bridgetown pharmacy",
        ["gossip"],
        "pharmacy cashier pours out her own boyfriend's cheating to a customer collecting a prescription",
        [
            (C, "Next, please. Hi, darling."),
            (U, "Hi, I've got a prescription to pick up. The name's Carter."),
            (C, "Let me check. Yes, here it is, the amoxicillin."),
            (U, "Great, thanks."),
            (
                C,
                "Excuse me if I'm slow today, you know. I found out last night my boyfriend has another woman down in Oistins.",
            ),
            (
                C,
                "Two years, girl. Two years he telling me he's working late at the fish fry, and the whole time he's by her. Her own cousin sent me the pictures.",
            ),
            (U, "Oh no, I'm sorry to hear that."),
            (
                C,
                "And the worst part? She comes in here for her vitamins! Now I have to serve her with a smile.",
            ),
            (U, "That sounds awful. How much is the prescription?"),
            (C, "Eighteen dollars Barbados."),
            (U, "Here's twenty."),
            (C, "Two back. Take them with food, yeah?"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Barbados rum shop counter",
        ["repeated_question"],
        "cashier asks which rum, customer picks the Doorly's 12, and after chat about flying home she asks which bottle again",
        [
            (C, "Morning, boss. What can I do for you?"),
            (U, "I want to take a bottle of rum home for my father-in-law."),
            (C, "Nice. We have Mount Gay, Doorly's, Foursquare, plenty. Which one you want?"),
            (U, "I'll go with the Doorly's 12. He likes the aged stuff."),
            (C, "Good man. Where you flying back to?"),
            (U, "Manchester, on Thursday."),
            (C, "Cold up there now, eh? You'll miss the sun."),
            (U, "Don't remind me."),
            (C, "Ha. So which bottle you taking for him?"),
            (U, "The Doorly's 12, like I said."),
            (C, "Okay. Forty-five US, then."),
            (U, "Card, please."),
            (C, "Go ahead. I'll wrap it in paper so it doesn't break in the suitcase."),
        ],
    ),
    (
        "q06",
        "Montego Bay grocery",
        ["repeated_question"],
        "cashier asks how many big waters, customer says six, and after villa chat she asks how many again and gets six again",
        [
            (C, "Hi, good afternoon."),
            (U, "Afternoon. Can I get some of the big bottles of water from behind you?"),
            (C, "Sure. How many you need?"),
            (U, "Six."),
            (C, "Okay, no problem."),
            (C, "You here for the week?"),
            (U, "Ten days. We've got a villa up in Ironshore."),
            (C, "Oh, that's nice up there. Quiet."),
            (U, "It is, the kids live in the pool."),
            (C, "So how many of the water you want, boss?"),
            (U, "Six."),
            (C, "Alright. With the bread and the ackee, that's four thousand two hundred."),
            (U, "Here you go."),
        ],
    ),
    (
        "q07",
        "Ocho Rios souvenir shop",
        ["repeated_question"],
        "cashier asks the T-shirt size, hears medium, chats about teenagers and a colour, then asks the size again",
        [
            (C, "Hey, welcome in. Looking for anything special?"),
            (U, "One of those 'Jamaica, No Problem' shirts for my son."),
            (C, "Sure thing. What size does he wear?"),
            (U, "Medium. He's fourteen but tall."),
            (C, "Fourteen, eh? They shoot up at that age."),
            (U, "Tell me about it, he eats everything in the house."),
            (C, "Ha, that's how they grow! The green or the black?"),
            (U, "The black one."),
            (C, "And what size you need that in?"),
            (U, "Medium, please."),
            (C, "Medium black. Fifteen US."),
            (U, "Lovely, here's a twenty."),
            (C, "Five back. Respect."),
        ],
    ),
    (
        "q08",
        "Exuma dive shop",
        ["repeated_question"],
        "dive shop cashier asks nine or two o'clock, couple says two, and after chat about Cozumel he asks what time again",
        [
            (C, "Morning! You here for the reef dive?"),
            (U, "Yes, two of us. We booked online last night."),
            (
                C,
                "Let me pull it up. Yep, the Hendersons. Which trip are you on, the nine o'clock or the two o'clock?",
            ),
            (U, "The two o'clock. We want to sleep in a bit."),
            (C, "Can't blame you. You dived before?"),
            (U, "Couple of times in Mexico. Cozumel."),
            (C, "Oh, Cozumel's gorgeous. Water here's just as clear, you'll see."),
            (U, "Can't wait."),
            (C, "Okay, so what time are you heading out with us?"),
            (U, "Two o'clock."),
            (C, "Great. One eighty for both of you, gear included."),
            (U, "Card's fine."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Nassau dive shop",
        ["rushed_upsell"],
        "customer buying a mask strap gets the dive club card, a three-island tour and a photo package fired at him in one breath",
        [
            (C, "Hi, just the mask strap?"),
            (U, "Yeah, mine snapped."),
            (C, "Seven fifty."),
            (C, "You want to join our Dive Club card, ten percent off every trip?", RR),
            (U, "Uh.", R),
            (
                C,
                "And we got the three-island tour package this week, snorkel, lunch and the swimming pigs, two ninety-nine.",
                R,
            ),
            (
                C,
                "Plus the underwater photo package, our guy shoots your whole dive, you get the USB same day.",
                R,
            ),
            (U, "I just...", R),
            (C, "I can put all of it on the one card, boss, what you think?", R),
            (U, "Just the strap, thanks."),
        ],
    ),
    (
        "q10",
        "Nassau Bay Street souvenir shop",
        ["rushed_upsell"],
        "tourist buying a rum cake gets a gift box, a rewards card with email capture and a catamaran cruise pushed back to back",
        [
            (C, "Hi, sweetheart. Just the rum cake?"),
            (U, "Yes, please."),
            (C, "You'd like this in our gift box? Only five dollars more.", RR),
            (U, "Um...", R),
            (
                C,
                "And we have the Island Rewards card, sign up today and get fifteen percent off.",
                R,
            ),
            (C, "I just need your email address for that.", R),
            (
                C,
                "Oh, and the sunset catamaran cruise, I can book it for you right here at the till.",
                R,
            ),
            (U, "No, just the...", R),
            (C, "So the gift box, the card and the cruise? All three?", R),
            (U, "Just the cake. Please."),
            (C, "Okay. Twenty-two dollars."),
        ],
    ),
    (
        "q11",
        "Accra Beach bar, Barbados",
        ["rushed_upsell"],
        "tourist ordering one rum punch gets a photo souvenir, a turtle tour and a tip prompt pushed at her without a pause",
        [
            (C, "What can I get you, darling?"),
            (U, "One rum punch."),
            (C, "Coming."),
            (
                C,
                "Rum punch, twelve US. You want the souvenir glass with your photo on it? Our girl snaps you on the beach right now, ten dollars.",
                RR,
            ),
            (U, "Oh, um.", R),
            (
                C,
                "And we running the turtle and shipwreck snorkel tomorrow morning, I can sign you up right here, sixty-five.",
                R,
            ),
            (
                C,
                "And the card machine's going to ask you for a tip, eighteen, twenty or twenty-five, just press one.",
                R,
            ),
            (U, "Okay...", R),
            (C, "So the photo and the tour, yeah?", R),
            (U, "Just the drink, thanks."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Cable Beach bar, Nassau",
        [],
        "not gossip: warm chat about the couple's own anniversary, and a colleague named and praised for making their drinks",
        [
            (C, "Good evening! What are we celebrating? I see the flowers."),
            (
                U,
                "Our twenty-fifth anniversary, actually. We got married in Nassau, first time back since.",
            ),
            (C, "Twenty-five years! Congratulations to you both, man. That's beautiful."),
            (U, "Thank you. We'll have two of the Goombay Smashes."),
            (C, "Coming right up."),
            (
                C,
                "For an anniversary, let Marcus make them. He's on the other end of the bar and he does the best Goombay Smash on this beach, I'm not even joking.",
            ),
            (U, "Ha, go on then."),
            (C, "Marcus! Two Smashes for the anniversary couple, make them special."),
            (U, "Does it get busy here at night?"),
            (C, "Later on, yes, the band starts at nine. Grab a table by the water before then."),
            (U, "Perfect. How much do I owe you?"),
            (C, "Twenty-four. I can run a tab if you're staying for the band."),
            (U, "Let's do a tab."),
        ],
    ),
    (
        "q13",
        "roadside rum shop near Ocho Rios",
        [],
        "not gossip: the customer dishes on the jerk stand owner and his wife, and the cashier refuses to join in and goes back to the order",
        [
            (U, "Afternoon. Two Wray and Nephew, the little flasks, and a ginger beer."),
            (C, "Alright, boss."),
            (
                U,
                "Hey, you know the guy with the jerk stand across the road? My driver says he waters down the punch and cheats the tourists. And apparently his wife ran off with a bus driver.",
            ),
            (C, "Nah, man, I don't get into all that. He always treats me good."),
            (U, "Come on, you must hear everything in here."),
            (
                C,
                "I hear plenty, but I don't carry it. Anyway, the flasks are cold. You want them in a bag with some ice?",
            ),
            (U, "Sure, ice would be great."),
            (C, "Soon come."),
            (C, "Alright, two flasks and a ginger beer, that's nine hundred."),
            (U, "Here you go. Keep the change."),
            (C, "Thanks, man. Walk good."),
        ],
    ),
    (
        "q14",
        "Holetown grocery hot food counter",
        [],
        "not a repeat: the order is read back once to confirm, and the pepper sauce question is asked again only because the customer said sorry over the music",
        [
            (C, "Hi, love, what you having from the hot food?"),
            (U, "Half a pound of the flying fish, two fishcakes, and one macaroni pie, please."),
            (
                C,
                "Let me read that back. Half pound flying fish, two fishcakes, one macaroni pie. That right?",
            ),
            (U, "That's it."),
            (C, "You want pepper sauce on the fish?"),
            (U, "Sorry? It's loud in here with the music."),
            (C, "Pepper sauce, darling. On the fish?"),
            (U, "Oh, just a little bit, on the side."),
            (C, "Little on the side, no problem."),
            (C, "You're off the cruise ship? I see the lanyard."),
            (U, "Yes, we've got till five."),
            (
                C,
                "Plenty of time. Get down to Folkestone for a swim after you eat. That's twenty-nine fifty.",
            ),
            (U, "Lovely, here."),
        ],
    ),
    (
        "q15",
        "Montego Bay pharmacy",
        [],
        "not a repeat: several different questions of the same shape about a stung child (age, what stung her, allergies, other medicine), each asked once",
        [
            (
                U,
                "Hi. My daughter got stung by something in the water. It's red and puffy on her leg.",
            ),
            (C, "Oh, poor thing. How old is she?"),
            (U, "Seven."),
            (C, "And was it a jellyfish or a sea urchin, you know?"),
            (U, "The lifeguard thinks jellyfish."),
            (C, "Okay. Is she allergic to anything?"),
            (U, "Not that we know of."),
            (C, "Is she on any other medicine right now?"),
            (U, "No, nothing."),
            (
                C,
                "Good. This cream is for children, hydrocortisone, put it on thin three times a day. And the antihistamine syrup, five mil at bedtime.",
            ),
            (
                C,
                "If it starts to blister or she has any trouble breathing, go straight to Cornwall Regional, don't wait.",
            ),
            (U, "Got it. Thank you so much."),
            (C, "That's two thousand one hundred. Hope she feels better soon."),
        ],
    ),
    (
        "q16",
        "Nassau dive shop",
        [],
        "not rushed: one sunscreen recommendation tailored to the customer's sunburn and the reef, then the bag and receipt questions spread over a relaxed payment",
        [
            (U, "Hi, I'm paying for the afternoon snorkel, and I need some sunscreen."),
            (C, "Sure. How was the morning, you were out on the reef?"),
            (U, "Amazing, we saw a nurse shark. My shoulders are fried, though."),
            (
                C,
                "Yeah, I can see. For this afternoon go with this one, it's mineral and reef-safe and it stays on in the water. The sprays wash right off and they hurt the coral.",
            ),
            (U, "Oh, good to know. I'll take that."),
            (C, "Snorkel's forty, sunscreen's eighteen, fifty-eight all in.", {"pause": 15}),
            (U, "Card okay?"),
            (C, "Yes, tap it there."),
            (C, "You need a bag for that, or it's going straight in the backpack?", {"pause": 12}),
            (U, "Backpack's fine."),
            (C, "And you want the receipt?", {"pause": 8}),
            (U, "No, I'm good."),
            (
                C,
                "Boat leaves at two from the end of the dock. Wear a shirt on the way out, that sun is no joke.",
            ),
        ],
    ),
    (
        "q17",
        "Falmouth craft shop, Jamaica",
        [],
        "not rushed: free gift wrapping offered early and a small discount card mentioned much later, with the carver named only about the product",
        [
            (C, "Welcome, welcome. Take your time, look around."),
            (U, "Thanks. This carved turtle is lovely. Who made it?"),
            (
                C,
                "That's Mr. Clarke from up in the hills. He carves all the mahogany pieces, every one is different.",
            ),
            (U, "I'll take it. It's for my sister's new house."),
            (C, "Nice. I can wrap it in gift paper for you, no charge, so it travels safe."),
            (U, "Yes, please, that'd be great."),
            (C, "There you go, all wrapped. Tape on both ends.", {"pause": 40}),
            (U, "Perfect. And these two postcards."),
            (C, "Sure."),
            (
                C,
                "If you're back in Falmouth before you leave, we have a little card for ten percent off the next visit. No pressure at all.",
                {"pause": 30},
            ),
            (U, "We fly out tomorrow, but thanks."),
            (C, "No worries. Thirty-eight US altogether."),
            (U, "Here you go."),
            (C, "Thank you, darling. Tell your sister congratulations on the house."),
        ],
    ),
    (
        "q18",
        "Speightstown pharmacy, Barbados",
        [],
        "not gossip: the manager is called for an exchange and praised for being quick, plus friendly chat about the customer's own dinner plans",
        [
            (
                U,
                "Hi, I bought these reading glasses yesterday but the strength is wrong. Can I swap them?",
            ),
            (
                C,
                "Let me see. Sure, no trouble. For an exchange I just need Mrs. Alleyne, the manager, to sign it off. She's in the back.",
            ),
            (C, "Mrs. Alleyne, when you get a minute, an exchange at the front, please."),
            (U, "Thanks. Sorry to be a nuisance."),
            (
                C,
                "Not at all. She's quick, honestly the best boss I ever had, she sorts everything in two minutes.",
            ),
            (U, "Ha, that's nice to hear."),
            (C, "Which strength did you need instead?"),
            (U, "Plus two. These are one and a half."),
            (C, "Here, plus two. Try them on the card there."),
            (U, "Oh yes, much better. Now I can actually read the menu at dinner."),
            (C, "Ha! Now you'll see what you're ordering. Where you all eating tonight?"),
            (U, "The Cliff, for my wife's birthday."),
            (
                C,
                "Oh, fancy! Happy birthday to her. Okay, Mrs. Alleyne signed it, you're all set, nothing to pay.",
            ),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout166", HELDOUT166, 1661)
