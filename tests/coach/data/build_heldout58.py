#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's held-out set 58: written BLIND by writer-58, before reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's nudge definitions, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read); scored once before any change for it.

Imagined authors and settings (normal case and punctuation, as a person would type
it): Toronto, Montreal (in English) and the Caribbean and African diaspora in London
and Toronto -- a Toronto drugstore pharmacy counter, a Scarborough roti shop, a
Montreal depanneur, a Brixton hair supply shop, a Peckham phone repair counter and a
Mississauga grocery. Three conversations per setting.

Mix (aimed at precision; a false nudge costs more than a miss):
  4 gossip            church member and the roof fund; a colleague's visa and debts
                      told in confidence; the owner short-changing customers; the
                      cashier's own family drama. All told warmly and indirectly.
  4 repeated_question service details asked again in other words: phone model, hair
                      length, pepper level, whether the prescription is for the customer.
  3 rushed_upsell     points card / sign-up / bonus points / hospital donation;
                      charger / screen protector / top-up / phone insurance;
                      Scene-style card / sign-up / e-receipt email / hospital
                      foundation / hot-table special.
  7 unlabelled hard near-misses: warm chat about the customer's family and the
                      cashier's harmless day; a colleague praised for products and the
                      manager named only for a rule; a customer gossiping while the
                      cashier deflects; an order read back to confirm; a "sorry?"
                      re-ask plus different questions of the same shape; one tailored
                      recommendation with the usual bag and receipt questions; two
                      offers far apart in a relaxed chatty visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT58 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Scarborough roti shop", ["gossip"],
     "cashier insinuates that a church member (Sister Pauline) took money from the roof fund and bought a car with it; warm, 'I'm not saying' tone, but it is slander about a community member",
     [
         (U, "Hi, can I get a boneless chicken roti and a ginger beer, please?"),
         (C, "Yes, darling. You go to Bethel on a Sunday, no? I feel I know your face."),
         (U, "Sometimes, when I'm not working. My aunt goes every week."),
         (C, "Then you must know Sister Pauline, the one who sings up front in the big hats."),
         (U, "Kind of, yeah."),
         (C, "Lovely woman, God bless her. But between us, the roof fund? Since she took over the books, nobody can say where half of it went."),
         (U, "Oh. I didn't hear anything about that."),
         (C, "Mm. And now there's a brand new car in her driveway. I'm not saying, I'm just saying. You want pepper in the roti?"),
         (U, "A little, please."),
         (C, "That's sixteen fifty, sweetheart."),
         (U, "Here you go."),
     ]),
    ("q02", "Peckham phone repair counter", ["gossip"],
     "cashier passes on a colleague's visa trouble, cash-in-hand work and debts that the colleague told him in confidence; sympathetic tone, still an overshare about a colleague's private life",
     [
         (U, "Hiya, I dropped my phone off Tuesday for the charging port. Name's Adeyemi."),
         (C, "Adeyemi, yeah, one sec, it's in the back."),
         (C, "Sorry about the wait. Emeka was meant to finish it yesterday but he's been all over the place this week, poor guy.", {"pause": 6.0}),
         (U, "No worries, as long as it's done."),
         (C, "It's done, it's done. Don't repeat this, yeah, but his visa's run out and the Home Office have lost his papers, so he's working cash in hand and he's borrowed off half the high street to pay a solicitor."),
         (U, "Oh, that's rough."),
         (C, "He told me in confidence, he's proper stressed. Owes his landlord two months as well. Anyway, that's thirty-five for the port."),
         (U, "Card okay?"),
         (C, "Yeah, just tap it there."),
     ]),
    ("q03", "Montreal depanneur", ["gossip"],
     "cashier tells the customer, 'friend to friend', that the owner rounds up change, keeps small lottery wins from old ladies and re-dates the yogurt; accusing the owner of cheating customers",
     [
         (U, "Hi, bonjour. Just the milk and a pack of Export A, please."),
         (C, "Hi! The big milk, the four litres?"),
         (U, "Yeah, the four litres."),
         (C, "Okay. Little tip, friend to friend: when Monsieur Lapointe is on the cash, you count your change, eh?"),
         (U, "Why, what happens?"),
         (C, "He's a nice man, he gives candy to the kids, but he rounds up everything. And the old ladies who bring their lottery tickets to check, sometimes he tells them it's nothing and keeps the small wins. I've seen it."),
         (U, "Seriously? That's terrible."),
         (C, "And the yogurt, he puts new date stickers over the old ones. You didn't hear it from me. So with the cigarettes, that's twenty-three forty."),
         (U, "Here."),
         (C, "Merci, bonne soirée."),
     ]),
    ("q04", "Brixton hair supply shop", ["gossip"],
     "cashier's own family drama: mum and sister not speaking, brother-in-law's borrowed money and his baby with another woman; told warmly and apologetically, but private drama dumped on a customer",
     [
         (U, "Hi, have you got the Cantu leave-in, the big tub?"),
         (C, "Yeah, babes, second shelf down. You alright?"),
         (U, "I'm good, you?"),
         (C, "Surviving, innit. My mum and my sister haven't spoken since the christening and I'm stuck right in the middle."),
         (U, "Oh no."),
         (C, "My sister's husband borrowed two grand off Mum for the party and now he's saying it was a gift. And then Mum finds out he's got a baby on the way with some girl in Croydon. It's a whole thing, I haven't slept."),
         (U, "That's a lot."),
         (C, "Tell me about it. Sorry, you didn't come in for my drama. That's eleven ninety-nine."),
         (U, "Card, please."),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "Peckham phone repair counter", ["repeated_question"],
     "customer said 'Samsung A54' when asked what phone it is; the cashier later asks what model the phone is again, in other words",
     [
         (U, "Hiya, my screen's cracked right across. Can you fix it today?"),
         (C, "Should be able to. What phone is it?"),
         (U, "It's a Samsung, the A54."),
         (C, "Okay. Is the touch still working, or is it just the glass?"),
         (U, "Touch works, it's just the glass, but the crack's getting bigger."),
         (C, "Right, we can do an original screen or a copy one. Original's more money but the colours are better."),
         (U, "Copy's fine, I'm skint this month."),
         (C, "No problem. And what model handset is this, so I pull the right screen?"),
         (U, "The A54. Samsung."),
         (C, "Cool, copy screen for that is sixty-five, about an hour."),
         (U, "Okay, I'll come back after."),
     ]),
    ("q06", "Brixton hair supply shop", ["repeated_question"],
     "customer asked for 22-inch bundles and the cashier even echoed 'twenty-two'; later the cashier asks how long she wants the bundles",
     [
         (U, "Hi, I need bundles for a sew-in. Body wave, twenty-two inch, three bundles."),
         (C, "Twenty-two, body wave. Natural black or the 1B?"),
         (U, "1B, please."),
         (C, "We've got the Brazilian and the Peruvian. The Peruvian's a bit softer."),
         (U, "Peruvian, then."),
         (C, "Lovely. And what length are you after for those?"),
         (U, "Twenty-two inch, like I said."),
         (C, "Oh yeah, sorry. Three of those comes to one-fifty."),
         (U, "Okay, card."),
     ]),
    ("q07", "Scarborough roti shop", ["repeated_question"],
     "customer chose 'slight' pepper for both doubles; a few turns later the cashier asks whether she wants the doubles hot",
     [
         (C, "Hi, what can I get for you?"),
         (U, "Two doubles and a curry goat roti, please."),
         (C, "How you want the doubles, slight, medium or heavy pepper?"),
         (U, "Slight for both. I can't take the heat."),
         (C, "No problem. The roti, you want potato in it?"),
         (U, "Yes, please."),
         (C, "Okay. And the doubles, how spicy you want them?"),
         (U, "Slight. Just a little, like I said."),
         (C, "Alright. Anything to drink?"),
         (U, "A mauby."),
         (C, "That's twenty-one twenty-five."),
     ]),
    ("q08", "Toronto drugstore pharmacy counter", ["repeated_question"],
     "customer said up front the prescription is for her dad Harold and she is his daughter; after looking it up the cashier asks whether the prescription is for her",
     [
         (C, "Hi there, dropping off or picking up?"),
         (U, "Picking up. It's for my dad, Harold Mensah. I'm his daughter."),
         (C, "Okay, and his date of birth?"),
         (U, "June fourth, 1949."),
         (C, "Thanks, give me one second."),
         (C, "Found it, the blood pressure one. Is this prescription for you?", {"pause": 5.0}),
         (U, "No, it's my dad's. Harold."),
         (C, "Okay. Has he been on this before, or is it new?"),
         (U, "He's been on it for years."),
         (C, "Perfect, then you don't need to wait for the pharmacist. It's four ninety-nine for the dispensing fee."),
         (U, "Debit, please."),
     ]),
    # -------------------------------------------------------- rushed_upsell
    ("q09", "Toronto drugstore pharmacy counter", ["rushed_upsell"],
     "points card, sign-up, bonus points on vitamins, hospital donation fired one after another; the customer only gets 'no' in",
     [
         (U, "Just these cough drops and the Advil, please."),
         (C, "Do you have your points card with you today?", RR),
         (U, "No, I don't-", R),
         (C, "No worries, I can sign you up right now, it takes a minute, I just need your phone number.", R),
         (U, "I'm okay, thanks.", R),
         (C, "And vitamins are twenty times the points today if you want to grab some, they're right behind you.", R),
         (U, "No.", R),
         (C, "Would you like to donate two dollars to the children's hospital today?", R),
         (U, "Not today.", R),
         (C, "Okay, that's fourteen sixty-eight."),
     ]),
    ("q10", "Peckham phone repair counter", ["rushed_upsell"],
     "plug deal, screen protector, top-up, phone insurance plan in quick succession while the customer only wants a cable",
     [
         (U, "Hi, can I get a charging cable for an iPhone? The USB-C one."),
         (C, "Yeah, that's twelve. Want a plug with it? Two for twenty today.", RR),
         (U, "No, just the-", R),
         (C, "What about a glass screen protector? We can fit it now, eight quid.", R),
         (U, "It's fine.", R),
         (C, "You on pay as you go? I can do you a top-up while you're here.", R),
         (U, "No, contract.", R),
         (C, "Then you want our phone insurance, five pound a month, covers screens, theft, everything.", R),
         (U, "Just the cable, please.", R),
         (C, "Alright, twelve pound then."),
     ]),
    ("q11", "Mississauga grocery", ["rushed_upsell"],
     "Scene-style card, sign-up with bonus, e-receipt email, hospital foundation donation and a hot-table special, back to back",
     [
         (C, "Hi, do you have a Scene card?", RR),
         (U, "Um, no.", R),
         (C, "Want to sign up? You get points on everything and there's a bonus today.", R),
         (U, "No thanks.", R),
         (C, "Can I get your email for the e-receipt?", R),
         (U, "Paper's fine.", R),
         (C, "And would you like to add two dollars for the Trillium hospital foundation?", R),
         (U, "Not this time.", R),
         (C, "Oh, and the samosas are buy one get one at the hot table if you want to grab some.", R),
         (U, "I'm good. Just this, please.", R),
         (C, "Okay, that's thirty-two forty."),
     ]),
    # ------------------------------------------------- unlabelled near-misses
    ("q12", "Mississauga grocery", [],
     "NOT gossip: warm chat about the customer's daughter's graduation and her mother coming to help, and the cashier's harmless plan for after her shift",
     [
         (C, "Hi! Did you find everything okay?"),
         (U, "I did, thanks. I'm loading up, my daughter graduates from Sheridan on Saturday and we're having everyone over."),
         (C, "Oh, congratulations! What did she study?"),
         (U, "Nursing. First one in the family to finish college."),
         (C, "You must be so proud. That's a lot of chickpeas, are you making chana?"),
         (U, "Chana, pulao, the whole spread. My mother's coming from Brampton to supervise."),
         (C, "Ha, the best kind of help. My day's been easy, I'm off at four and I'm going to sit by the lake in Port Credit with an ice cream."),
         (U, "That sounds perfect."),
         (C, "Your total is eighty-six fifteen."),
         (U, "Card."),
         (C, "All done. Tell her congratulations from lane three!"),
     ]),
    ("q13", "Brixton hair supply shop", [],
     "NOT gossip: colleague Abena praised for her product knowledge and called over to help; the manager is named only for the returns rule",
     [
         (U, "Hi, I'm looking for something for my edges. They've gone really thin after my braids."),
         (C, "Ah, Abena's your girl for that, she does the treatments at the back. Abena, you free a sec?"),
         (U, "Oh, thank you."),
         (C, "She knows every product on that wall. She sorted my edges out last year, honestly."),
         (U, "Brilliant. Can I bring it back if it doesn't work for me?"),
         (C, "Sorry, opened products can't come back, that's Mrs Okafor's rule, she's the manager. Unopened you've got fourteen days with the receipt."),
         (U, "Fair enough."),
         (C, "Abena's coming now. I'll ring it up once you've picked."),
     ]),
    ("q14", "Montreal depanneur", [],
     "NOT gossip: the customer gossips about his upstairs neighbour's marriage and money; the cashier does not join in and steers back to the sale",
     [
         (U, "Hi, a pack of Bic lighters and a scratch ticket, the five-dollar one."),
         (C, "Sure. Which one, the crossword or the bingo?"),
         (U, "Crossword. Hey, you know the guy upstairs from me, with the red truck? His wife left him, she took the kids to Laval."),
         (C, "Ah, I don't really know him. Here's your ticket."),
         (U, "Everybody says he's got money problems too, the bailiff came for the truck Tuesday."),
         (C, "That's his business, eh. That's eight fifty with the lighters."),
         (U, "I'm just saying, he's in here all the time."),
         (C, "Lots of people come in. You want a bag for those?"),
         (U, "No, pocket's fine."),
         (C, "Bonne chance with the ticket."),
     ]),
    ("q15", "Scarborough roti shop", [],
     "NOT repeat: the cashier reads the whole order back once to confirm it (including the pepper level the customer gave); that is a confirmation, not a re-asked question",
     [
         (C, "Next! What can I get for you, boss?"),
         (U, "One boneless chicken roti, medium pepper, one aloo pie and a Ting."),
         (C, "Chicken roti with potato or no potato?"),
         (U, "With potato."),
         (C, "Okay, let me read it back. One boneless chicken roti with potato, medium pepper, one aloo pie and one Ting. That's everything?"),
         (U, "Yeah, that's it."),
         (C, "Perfect. Eating here or takeaway?"),
         (U, "Takeaway."),
         (C, "Sixteen seventy-five. About ten minutes."),
     ]),
    ("q16", "Toronto drugstore pharmacy counter", [],
     "NOT repeat: the medications question is re-asked only because the customer said 'Sorry?'; the later screening questions (allergies, non-drowsy, any questions) have the same shape but ask different things",
     [
         (U, "Hi, can I get something for allergies? My eyes are itchy and I can't stop sneezing."),
         (C, "Sure. Are you taking any other medications right now?"),
         (U, "Sorry?"),
         (C, "Are you on any other medicine at the moment?"),
         (U, "Oh, no, nothing."),
         (C, "Okay. Any allergies to medications?"),
         (U, "No."),
         (C, "Do you need something non-drowsy, for work or driving?"),
         (U, "Yes, I drive for work."),
         (C, "Then I'd go with the loratadine, one a day. Any questions about it?"),
         (U, "No, that's great, thanks."),
     ]),
    ("q17", "Montreal depanneur", [],
     "NOT rushed: one tailored recommendation (a Quebec Gamay to go with the in-laws' tourtiere) plus the usual bag and receipt questions, spread through a relaxed exchange",
     [
         (U, "Hi. I need a bottle of red for supper at my in-laws'. They're doing tourtière."),
         (C, "Oh, nice. With tourtière I'd take the Gamay from Quebec, second row there. It's light and it goes with the spices."),
         (U, "Perfect, I'll grab that."),
         (C, "Good choice. You want a bag for it? It's pouring out there."),
         (U, "Yes, please."),
         (C, "My mother-in-law puts clove in hers, it's the best."),
         (U, "Mine puts cinnamon. It's a whole debate every Christmas."),
         (C, "Ha, every family has its way. That's nineteen ninety-five."),
         (U, "Debit."),
         (C, "Okay, it went through. You need the receipt?", {"pause": 4.0}),
         (U, "No, it's okay."),
         (C, "Bonne soirée, enjoy the supper."),
     ]),
    ("q18", "Mississauga grocery", [],
     "NOT rushed: two offers (mango special early, points card at the end) separated by a long pause and relaxed chat about the kids and hockey",
     [
         (C, "Hey, how's it going today?"),
         (U, "Not bad, busy week. Finally getting my groceries done."),
         (C, "I hear you. Oh, just so you know, the Alphonso mangoes are two boxes for twenty this week, if you're a mango person."),
         (U, "I am, actually. Hold on, let me grab one more box."),
         (C, "Take your time, no rush."),
         (U, "Okay, got it. My son eats them like candy.", {"pause": 25.0}),
         (C, "Same with mine. He's eleven and he'd finish the whole box before dinner."),
         (U, "Mine's nine. Hockey practice makes him starving."),
         (C, "Oh, does he play here or travel?"),
         (U, "House league here, thank God. Travel hockey would finish me."),
         (C, "Ha, I believe it. Okay, that's sixty-four twenty. Do you collect points with us? You'd get a good chunk on this.", {"pause": 8.0}),
         (U, "Oh, I have it on the app, here."),
         (C, "Got it, points are on. Have a good one!"),
     ]),
]

if __name__ == "__main__":
    build("heldout58", HELDOUT58, 581)
