# ruff: noqa: E501
"""Build the coach's held-out set 60: written by writer-60 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's definitions and build_heldout678.py's helpers were read, for the format); to be scored once before any change for it.

Imagined authors and settings: staff at British chain stores and services, typed
as a person would type it (normal case, punctuation, digits where natural):
a supermarket self-checkout assistant and till, a high-street phone shop, a
Post Office travel money counter, an opticians front desk, a garden centre
till and a cinema kiosk (three conversations each).

Mix (aimed at precision; a false nudge costs more than a miss), 18 conversations:
  4 gossip            two about a colleague (a promotion slept into, a sick note
                      while seen at the races), one about a previous customer's
                      shoplifting, one the receptionist's own family and health drama.
  4 repeated_question two re-ask appointment/account details (date of birth,
                      collection day), two re-ask small talk in other words.
  3 rushed_upsell     three or more agenda prompts in a quick burst (Nectar-style
                      card, phone insurance, screen protector, charity round-up,
                      app download with a voucher, garden club, email capture).
  7 unlabelled hard near-misses: warm chat about the customer's family and the
                      cashier's harmless day; a colleague praised for a product and
                      the manager named only for a rule; a customer who gossips while
                      the cashier deflects; an order read back to confirm; a "sorry?"
                      re-ask plus different questions of the same shape; one tailored
                      recommendation with the usual bag and receipt questions; two
                      offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT60 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "phone shop", ["gossip"],
     "adviser tells the customer a colleague only got her promotion by sleeping with the area manager",
     [
         (C, "Hiya, what can I do for you today?"),
         (U, "My contract's up and I want to see if I can get a better deal on the SIM only."),
         (C, "Yeah, no problem, let me pull your account up. Bear with me, the system's slow this morning."),
         (U, "That's fine."),
         (C, "See the girl on the other desk, Kelsey? She's just been made assistant manager over me, and I've been here four years."),
         (U, "Oh, right."),
         (C, "Everyone knows why, mind. She's been sleeping with the area manager since the Christmas do. His wife hasn't got a clue."),
         (U, "I, er, wouldn't know."),
         (C, "Honestly, the whole store knows. Anyway, I can do you thirty gig for twelve pounds a month."),
         (U, "That sounds good, I'll take that."),
     ]),
    ("q02", "cinema kiosk", ["gossip"],
     "kiosk worker says a colleague phoned in sick and was then spotted on Facebook at the races",
     [
         (C, "Hi there, what can I get you?"),
         (U, "Just a medium sweet popcorn and a Diet Coke, please."),
         (C, "Sorry it's taking a while, it's just me on tonight. Dan's meant to be on with me."),
         (U, "Oh, is he ill?"),
         (C, "Ill, is he heck. He rang in Saturday with a bad back, sick note and everything, then his cousin puts a photo on Facebook of him at Aintree in a suit with a pint."),
         (U, "Oh dear."),
         (C, "Yeah, and he's done it before, he reckons the manager hasn't noticed. I've half a mind to send her the picture."),
         (U, "Right. How much is that, sorry?"),
         (C, "That's eleven forty, please."),
     ]),
    ("q03", "supermarket self-checkout", ["gossip"],
     "self-checkout assistant tells the next customer about the previous customer's shoplifting",
     [
         (U, "Excuse me, it's saying unexpected item in the bagging area."),
         (C, "Let me have a look. There you go, that's cleared it."),
         (U, "Thanks."),
         (C, "Sorry, I'm a bit rattled. That fella who was on this till before you, the one in the grey hoodie?"),
         (U, "I didn't really notice him."),
         (C, "He's been in every day this week, stuffing steaks and razor blades down his trousers and only scanning a bag of crisps. Security's got him on camera now."),
         (U, "Oh."),
         (C, "And his mum lives on my road, she'd be mortified if she knew. Right, do you need me to check your age for that wine?"),
         (U, "Yes, please."),
     ]),
    ("q04", "opticians front desk", ["gossip"],
     "receptionist overshares her own marriage breaking down and a hospital scan to a patient",
     [
         (C, "Good afternoon, are you here for an appointment?"),
         (U, "Yes, half two with the optometrist. Surname's Okafor."),
         (C, "Lovely, got you. Sorry, I'm all over the place today."),
         (U, "Oh, that's alright."),
         (C, "My husband moved out on Sunday. Turns out he's been seeing someone from his five-a-side for months, and the kids are taking his side."),
         (U, "Gosh, I'm sorry to hear that."),
         (C, "And I'm meant to be going for a scan on Friday about a lump, and I haven't even told my sister because we're not speaking. Sorry, you didn't need all that."),
         (U, "No, I hope it goes okay."),
         (C, "Thanks. Take a seat and she'll call you through in a minute."),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "opticians front desk", ["repeated_question"],
     "receptionist asks for the date of birth, finds the record, then asks for the birthday again",
     [
         (U, "Hi, I've come to pick up my new glasses."),
         (C, "Of course. Can I take your date of birth, please?"),
         (U, "Fourteenth of March, 1968."),
         (C, "Thank you, that's found you. Mrs Harding?"),
         (U, "That's me."),
         (C, "Lovely, they arrived yesterday. I'll just go and get them from the drawer."),
         (C, "Here we are. Before I hand them over, when's your birthday, just so I know it's the right record?", {"pause": 20.0}),
         (U, "It's the fourteenth of March, I gave it you a minute ago."),
         (C, "Oh yes, sorry. Do you want to try them on?"),
         (U, "Go on then."),
     ]),
    ("q06", "Post Office travel counter", ["repeated_question"],
     "clerk is told Thursday for collection, confirms it, then asks which day again in other words",
     [
         (C, "Next, please. How can I help?"),
         (U, "I'd like to order some US dollars for collection, about five hundred pounds' worth."),
         (C, "No problem. When do you want to collect them?"),
         (U, "Thursday, please, I'll come in after work."),
         (C, "Thursday's fine, they'll be here by then. Can I see some ID?"),
         (U, "Here's my driving licence."),
         (C, "Thanks. The rate today is 1.24, so that's 620 dollars."),
         (U, "Great."),
         (C, "And which day were you thinking of coming in to pick it up?"),
         (U, "Thursday. Like I said."),
         (C, "Sorry, yes, Thursday. You'll pay now by card, is that okay?"),
         (U, "Yes, that's fine."),
     ]),
    ("q07", "garden centre till", ["repeated_question"],
     "cashier asks about weekend plans, gets a clear answer, then asks the same thing again in other words",
     [
         (C, "Morning! Have you got much planned for the weekend?"),
         (U, "My son's coming over on Saturday and we're putting a new fence panel in, the old one blew down."),
         (C, "Oh, that'll keep you busy. Just the two bags of gravel boards and the screws?"),
         (U, "And this tin of fence paint."),
         (C, "That's the nice sage colour, that. Forty-two fifty altogether, please."),
         (U, "Card, please."),
         (C, "Pop it in when you're ready. So, are you up to anything nice this weekend?", {"pause": 6.0}),
         (U, "The fence, with my son. I just told you."),
         (C, "Oh, course you did, sorry. Here's your receipt."),
     ]),
    ("q08", "cinema kiosk", ["repeated_question"],
     "kiosk worker asks about the occasion, is told it's a tenth birthday, then asks what they're celebrating again",
     [
         (C, "Hi, what can I get for you?"),
         (U, "Two kids' combos and a large popcorn to share, please."),
         (C, "Coming up. Is it a special occasion?"),
         (U, "It's my daughter's tenth birthday, she's brought her best friend."),
         (C, "Aw, happy birthday! What flavour popcorn do you want?"),
         (U, "Half sweet, half salted, if you can do that."),
         (C, "Yeah, we can do that. And drinks for the combos?"),
         (U, "Two Fruit Shoots, please."),
         (C, "So what are we celebrating today, then?"),
         (U, "Her birthday. Her tenth."),
         (C, "Oh, that's it, yes. That's twenty-three ninety, please."),
     ]),
    # ---------------------------------------------------------- rushed_upsell
    ("q09", "supermarket till", ["rushed_upsell"],
     "loyalty card, app download with voucher, charity round-up and meal deal fired off back to back",
     [
         (C, "Hiya, do you need any bags?"),
         (U, "No, I've brought my own, thanks."),
         (C, "Have you got a Nectar card with you today?", RR),
         (U, "No, I-", R),
         (C, "You can download our app and get a five pound voucher off your next shop.", R),
         (U, "Er-", R),
         (C, "And would you like to round up to the nearest pound for Macmillan?", R),
         (U, "Go on then.", R),
         (C, "The meal deal's three pound fifty if you want to grab a sandwich as well.", R),
         (U, "No, just this, thanks."),
     ]),
    ("q10", "phone shop", ["rushed_upsell"],
     "insurance, fitted screen protector, case offer and app voucher in one quick burst at the sale",
     [
         (U, "I'd like the black one in 128 gig, please, paying outright."),
         (C, "Great choice. Do you want to add our insurance? It's nine ninety-nine a month and covers loss and theft.", RR),
         (U, "I don't think-", R),
         (C, "We can fit a screen protector for fifteen pounds while you wait.", R),
         (U, "Um-", R),
         (C, "And cases are buy one get one half price this week.", R),
         (U, "No, it's-", R),
         (C, "If you download our app today you get a ten pound voucher too.", R),
         (U, "Honestly, just the phone, please."),
         (C, "No worries, that's six hundred and forty-nine, then."),
     ]),
    ("q11", "garden centre till", ["rushed_upsell"],
     "garden club card, email for the newsletter, compost multibuy and hospice donation in quick succession",
     [
         (C, "Hello, just the three trays of bedding?"),
         (U, "Yes, please."),
         (C, "Are you a member of our Garden Club? It's ten percent off today.", RR),
         (U, "No.", R),
         (C, "Can I take your email address for the newsletter and the money-off vouchers?", R),
         (U, "I'd rather not.", R),
         (C, "Compost's three bags for twelve pounds if you want to grab some on your way out.", R),
         (U, "No, I-", R),
         (C, "And would you like to add a pound for the local hospice?", R),
         (U, "Just the plants, thanks."),
     ]),
    # --------------------------------------------------- hard near-misses
    ("q12", "garden centre till", [],
     "NOT gossip: warm chat about the customer's granddaughter's wedding and the cashier's quiet, pleasant morning",
     [
         (C, "Hello there, these are lovely. Are they for anything in particular?"),
         (U, "My granddaughter's getting married in August and she's having the reception in our back garden, so I'm trying to get it looking nice."),
         (C, "Oh, how lovely! A garden reception, she'll remember that forever."),
         (U, "I hope so. She wants everything white and green, so I've gone for these white petunias."),
         (C, "They'll look gorgeous with a bit of ivy trailing. I've had a nice morning, actually, I was potting up the herbs first thing before we opened. Very peaceful."),
         (U, "Sounds like a good job to have."),
         (C, "It is on a sunny day! That's twenty-six pounds, please."),
         (U, "There you go."),
         (C, "Thank you, and congratulations to your granddaughter."),
     ]),
    ("q13", "phone shop", [],
     "NOT gossip: a colleague is praised for helping with data transfer and the manager is named only for the ID rule",
     [
         (U, "Hi, I've lost my phone and I need a replacement SIM on my number."),
         (C, "Oh no, sorry to hear that. I can do that for you, I'll just need some photo ID."),
         (U, "I've only got my bank card on me."),
         (C, "Sorry, I can't do a SIM swap without photo ID. Our manager, Gareth, is really strict on it because of fraud, it's company policy."),
         (U, "Fair enough. I'll bring my passport back this afternoon."),
         (C, "Perfect. When you come back, ask for Priya if you need your WhatsApp moving over. She's brilliant at it, she does it for customers all the time."),
         (U, "Oh, that'd be handy, I'll ask for her."),
         (C, "Great, see you later then."),
     ]),
    ("q14", "Post Office travel counter", [],
     "NOT gossip: the customer gossips about a neighbour at length while the clerk politely deflects back to the transaction",
     [
         (C, "Next, please. What can I do for you?"),
         (U, "Two hundred pounds in euros, please. I'm off to Tenerife with my sister."),
         (C, "Lovely. Have you got your card with you?"),
         (U, "Yes. Mind you, you want to see my neighbour. She's been to Tenerife three times this year and she's supposed to be on the sick. Bad back, my foot."),
         (C, "Oh, I wouldn't know about that. Was it all in twenties you wanted?"),
         (U, "Twenties is fine. And her husband's never there, I reckon he's got a fancy woman in Margate."),
         (C, "Well, I'll leave that one with you! That's 228 euros today."),
         (U, "The whole street's talking about it."),
         (C, "I'm sure. Pop your card in for me. Have a smashing time in Tenerife."),
         (U, "Thanks, love."),
     ]),
    ("q15", "cinema kiosk", [],
     "NOT repeated_question: the kiosk worker reads the order and seats back once to confirm before taking payment",
     [
         (C, "Hi, what can I get you?"),
         (U, "Two tickets for the 7:15 showing, please, and two large salted popcorns, a large Tango and a bottle of water."),
         (C, "Any preference where you sit?"),
         (U, "Towards the back, in the middle if you can."),
         (C, "I've got row J, seats 11 and 12."),
         (U, "Perfect."),
         (C, "So just to confirm, that's two adults for the 7:15 in row J, two large salted, one large Tango and a water. Is that right?"),
         (U, "Yes, that's it."),
         (C, "Lovely, that's thirty-eight twenty, please."),
     ]),
    ("q16", "supermarket self-checkout", [],
     "NOT repeated_question: one re-ask after the customer says 'sorry?', then different questions of the same shape",
     [
         (U, "Sorry, it's asking for approval for the wine."),
         (C, "Have you got any ID on you?"),
         (U, "Sorry?"),
         (C, "Have you got any ID on you, please? It's for the wine."),
         (U, "Oh, yes, here's my driving licence."),
         (C, "Thanks, that's fine. Have you got any more alcohol in the basket?"),
         (U, "Just the one bottle of cider as well."),
         (C, "Okay, I'll approve that one too. Have you got a bag, or do you want one?"),
         (U, "I've got one, thanks."),
         (C, "Lovely, you can carry on scanning."),
     ]),
    ("q17", "opticians front desk", [],
     "NOT rushed_upsell: one tailored suggestion (prescription goggles for a swimmer) plus the usual bag and receipt questions, spread out",
     [
         (C, "Hello, are you collecting?"),
         (U, "Yes, my new glasses, name's Patel."),
         (C, "Here we are. How do they feel?"),
         (U, "Much better, I can actually read the signs now. I just wish I could see the clock at the swimming baths."),
         (C, "Oh, if you swim a lot, we can do goggles in your prescription. They're about forty pounds, if you ever fancy them."),
         (U, "I didn't know you could do that. I'll have a think."),
         (C, "No rush at all, just pop in whenever. Do you want a little bag for the case?", {"pause": 4.0}),
         (U, "Yes, please."),
         (C, "There's the balance of thirty pounds to pay today. Do you want a receipt?", {"pause": 3.0}),
         (U, "Yes, please."),
         (C, "There you go. Enjoy them!"),
     ]),
    ("q18", "Post Office travel counter", [],
     "NOT rushed_upsell: only two offers (travel insurance early, the travel money card much later) in a relaxed chatty visit",
     [
         (C, "Morning! What can I do for you?"),
         (U, "I'd like to change three hundred pounds into euros. We're going to Portugal next week."),
         (C, "Oh, lovely. Have you sorted your travel insurance yet? We do it here if not."),
         (U, "Yes, we've got it through our bank, thanks."),
         (C, "No problem. Whereabouts in Portugal?"),
         (U, "The Algarve. It's our first holiday since the grandkids were born, so we're treating ourselves."),
         (C, "You'll love it. I went to Lagos a few years back and the beaches were gorgeous."),
         (U, "That's where we're staying!"),
         (C, "You'll have a brilliant time. Right, let me count this out for you."),
         (C, "There's 342 euros, all in twenties and tens. You can also put money on our travel money card next time, if that's easier.", {"pause": 25.0}),
         (U, "I'll stick with cash, I think, but thanks."),
         (C, "Fair enough. Have a wonderful holiday."),
     ]),
]

if __name__ == "__main__":
    build("heldout60", HELDOUT60, 601)
