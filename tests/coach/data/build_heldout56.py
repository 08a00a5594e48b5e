# ruff: noqa: E501
"""Build the coach's held-out set 56: written BLIND by writer-56, before reading the engine, its lexicons, docs or any other held-out set (only the shared README's nudge definitions, build_heldout678.py's helpers for the format and build_heldout31.py as a file skeleton were read); not scored by its writer.

Imagined authors and settings (Irish and Scottish city counters, text typed as a
person would type it, with normal case and punctuation): a Dublin Centra, a Cork
pharmacy, a Galway bookshop, a Glasgow chippy, an Edinburgh deli and an Aberdeen
newsagent.

Mix (aimed at precision: a false nudge costs more than a miss), 18 conversations:
  4 gossip             colleague's affair said outright; who was seen leaving whose
                       flat (hints); the manager's 'long lunches' and a regular's money
                       worries (hints); the cashier's own drama with a landlord.
  4 repeated_question  the name for a collection order; where the customer is from;
                       the collection day/time; the occasion for a party order.
  3 rushed_upsell      bursts of exactly 3, 5 and 4 agenda prompts (R / RR pace).
  7 unlabelled         hard near-misses: warm chat about the customer's family plus the
                       cashier's harmless day; a colleague praised for product help and
                       the manager named only for a rule; a customer who gossips while
                       the cashier deflects; an order read back to confirm; a "Sorry?"
                       re-ask plus different questions of the same shape; one tailored
                       recommendation with the usual bag and receipt questions; two
                       offers far apart in a relaxed visit (long "pause").
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT56 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Dublin Centra", ["gossip"],
     "cashier says outright that a colleague is having an affair with the married assistant manager",
     [
         (C, "Hiya, just the sandwich and the coffee?"),
         (U, "Yeah, and a bottle of water, please."),
         (C, "Grand. Do you know Siobhán who does the deli counter in the mornings?"),
         (U, "The girl with the red hair? I think so."),
         (C, "She's been seeing Declan, the assistant manager, for months now, and he's married with three kids. His wife hasn't a clue."),
         (U, "Oh. Right."),
         (C, "They think nobody notices them sneaking off to the stockroom together, but we all know. That's €7.85."),
         (U, "Card, please."),
         (C, "Lovely. Don't say I told you, now."),
     ]),
    ("q02", "Galway bookshop", ["gossip"],
     "gossip by hints: a named local man seen leaving a married woman's flat early in the morning",
     [
         (U, "Hi, have you got the new Sally Rooney in?"),
         (C, "We do, it's on the table by the window. I'll grab it for you."),
         (U, "Thanks."),
         (C, "Funny, you're the second person asking today. The first was Mr Fahy from the secondary school, and I'll tell you, I've seen him coming out of the flat above the chemist at seven in the morning twice this week."),
         (U, "Okay..."),
         (C, "And who lives above the chemist only Nuala, the one whose husband works away on the rigs. I'm saying nothing, but you can draw your own conclusions."),
         (U, "I'd rather not, to be honest. How much is the book?"),
         (C, "€18.99. Do you want a bag with that?"),
         (U, "No, I'm fine, thanks."),
     ]),
    ("q03", "Edinburgh deli", ["gossip"],
     "gossip by hints: the manager's 'long lunches' timed with his ex-wife's days off, and a regular's money worries",
     [
         (C, "Afternoon. What can I get you?"),
         (U, "Could I get 200 grams of the Serrano ham, please?"),
         (C, "Sure. You'll have to bear with me, I'm on my own again. Gordon's away on another one of his 'long lunches'."),
         (U, "Ah, right."),
         (C, "Third this week. Funny how they always fall on the days his ex-wife's off from the salon across the road, if you know what I mean."),
         (U, "Mm."),
         (C, "And you know Mrs Baird who comes in for the olives? She's stopped getting them, and she asked to put her bread on a tab last week. I reckon her son's shop has gone under and she's bailing him out."),
         (U, "I wouldn't know. Just the ham, thanks."),
         (C, "That's £6.40."),
         (U, "Here you go."),
     ]),
    ("q04", "Glasgow chippy", ["gossip"],
     "cashier overshares her own private drama: eviction, landlord, arrears, ex emptying the joint account",
     [
         (U, "A single fish and a can of Irn-Bru, please."),
         (C, "Nae bother. Five minutes on the fish, it's just gone in."),
         (U, "That's fine, I'll wait."),
         (C, "Sorry if I'm a bit off today. My landlord's trying to turf me out on two weeks' notice so he can put his nephew in the flat."),
         (U, "Oh no, that's rough."),
         (C, "I've been greeting in the back all morning. I'm three months behind because my ex cleared out our joint account, and now he's saying he'll keep my deposit and take me to the tribunal."),
         (U, "Sorry to hear that."),
         (C, "Aye, well. My maw says I can kip on her couch but she's a nightmare to live with. Anyway, salt and vinegar?"),
         (U, "Just salt, thanks."),
         (C, "That's £8.20, pal."),
     ]),
    # ----------------------------------------------------- repeated_question
    ("q05", "Glasgow chippy", ["repeated_question"],
     "asks again, in other words, the name for the collection order after 'Fiona Reid' was given clearly",
     [
         (U, "Hiya, can I order for collection? Two fish suppers and a portion of onion rings."),
         (C, "Aye, no bother. What name's that for?"),
         (U, "Fiona. Fiona Reid."),
         (C, "Grand. Any sauces with that?"),
         (U, "Curry sauce, please, and a couple of pickled onions."),
         (C, "Right you are. It'll be about ten minutes, you can wait or pop back."),
         (U, "I'll nip to the cash machine and come back."),
         (C, "Perfect. And who am I putting this down under, then?"),
         (U, "Fiona. I just said."),
         (C, "Oh aye, so you did. See you in ten."),
     ]),
    ("q06", "Aberdeen newsagent", ["repeated_question"],
     "asks where the customer is from again ('whereabouts is home') after a clear 'Toronto'",
     [
         (C, "Morning. Just the paper and the Tunnock's?"),
         (U, "Yes please, and a map of the city if you've got one."),
         (C, "We do, there's a fold-out one behind me. Where have you come from, then?"),
         (U, "Toronto. It's my first time in Scotland."),
         (C, "Oh, lovely. Are you here for long?"),
         (U, "A week. I'm heading up to the distilleries on Thursday."),
         (C, "You'll love it. Here's your map. So whereabouts is home for you?"),
         (U, "Toronto, in Canada."),
         (C, "Right enough. That's £9.35 altogether."),
     ]),
    ("q07", "Cork pharmacy", ["repeated_question"],
     "asks the collection day again in other words after 'Thursday, any time after five'",
     [
         (U, "Hi, I've a prescription here for my dad. Could it be ready for later in the week?"),
         (C, "Let me see. A couple of these we'd need to order in. When would suit you to collect?"),
         (U, "Thursday, any time after five."),
         (C, "Thursday's fine, they'll be in by lunchtime. Can I get his name and address?"),
         (U, "Seán Murphy, 14 Ballyhooly Road."),
         (C, "Great. And he's not on any other medication we should know about?"),
         (U, "No, just these."),
         (C, "Lovely. Now, what day were you thinking of coming back for them?"),
         (U, "Thursday, after five, like I said."),
         (C, "Of course. I'll pop a note on it."),
     ]),
    ("q08", "Edinburgh deli", ["repeated_question"],
     "asks what the celebration is after the customer said it is his wife's fortieth surprise party",
     [
         (U, "Hello, I'd like to order a cheese board for Saturday, for about twenty people."),
         (C, "Lovely. Is it for a special occasion?"),
         (U, "It's my wife's fortieth. A surprise party."),
         (C, "Oh, how exciting. Any cheeses she particularly likes?"),
         (U, "She loves a good blue, and something soft. Brie, maybe."),
         (C, "We could do a Strathdon Blue and a Caboc, both Scottish. Would you like oatcakes and chutney with it?"),
         (U, "Yes, both please."),
         (C, "Perfect. And what's the celebration, if you don't mind me asking?"),
         (U, "Her fortieth. The surprise party."),
         (C, "Ah, that's right. I'll have it ready for you on Saturday morning."),
     ]),
    # --------------------------------------------------------- rushed_upsell
    ("q09", "Dublin Centra", ["rushed_upsell"],
     "exactly three prompts in quick succession: meal deal, app points, hospital donation",
     [
         (U, "Just the chicken fillet roll, please."),
         (C, "Do you want to make it a meal deal with a drink and crisps for €2 more?", RR),
         (U, "No, thanks.", R),
         (C, "Have you got the Centra app? You'd get points on that.", R),
         (U, "No.", R),
         (C, "And would you like to add a euro for the Children's Hospital?", R),
         (U, "No, just the roll, thanks.", R),
         (C, "€4.50 so, tap there when you're ready.", R),
     ]),
    ("q10", "Cork pharmacy", ["rushed_upsell"],
     "five prompts fired off fast: vitamin C offer, loyalty card, email for receipts, 3-for-2 hand cream, round-up donation",
     [
         (U, "Hi, just this box of paracetamol, please."),
         (C, "No problem. Would you like to add some vitamin C? It's half price this week.", RR),
         (U, "No, thanks.", R),
         (C, "Do you have our loyalty card? I can sign you up now, and can I take an email for your receipts?", R),
         (U, "Eh, no, I'm grand.", R),
         (C, "The hand creams are three for two as well, and would you like to round up for Cork Simon?", R),
         (U, "No, honestly, just the paracetamol.", R),
         (C, "Okay, that's €3.20.", R),
     ]),
    ("q11", "Galway bookshop", ["rushed_upsell"],
     "four prompts back to back: gift-wrap, tote bag, reader's card, newsletter email",
     [
         (U, "Just this one, please."),
         (C, "Great choice. Would you like it gift-wrapped for €2?", RR),
         (U, "No, it's for me.", R),
         (C, "We've these tote bags for €10, and have you heard about our reader's card? A stamp with every book.", R),
         (U, "No, thanks.", R),
         (C, "Could I grab your email for the newsletter? It has all our author events.", R),
         (U, "I'm okay, thanks.", R),
         (C, "That's €14.99 then.", R),
     ]),
    # ----------------------------------------------------------- unlabelled
    ("q12", "Galway bookshop", [],
     "NOT gossip: warm chat about the customer's granddaughter's birthday and trip, and the cashier's harmless day unpacking stock",
     [
         (C, "Hello there. Did you find what you were looking for?"),
         (U, "I did, this one's for my granddaughter. She's turning eight on Sunday and she's mad about horses."),
         (C, "Ah, she'll love that one, the illustrations are gorgeous. Are you having a party for her?"),
         (U, "A small one. We're all heading out to Connemara to see the ponies, weather permitting."),
         (C, "That sounds perfect. I was out that way last summer with my sister, we got soaked but it was worth it."),
         (U, "Ha, that's Galway for you."),
         (C, "It is! I've been unpacking boxes of new stock all morning, so it's nice to have a chat. That's €12.99."),
         (U, "Here you go."),
         (C, "Thanks a million. Tell her happy birthday from us."),
     ]),
    ("q13", "Edinburgh deli", [],
     "NOT gossip: a colleague praised for her pairing advice, the manager named only for the no-tasters rule",
     [
         (U, "Hi, I'm doing a charcuterie plate for a dinner party. What would you go for?"),
         (C, "Honestly, Morag's your woman for that. She put our whole cheese counter together and she's brilliant on pairings. Morag, have you got a minute?"),
         (U, "Oh, great."),
         (C, "She says the Lanark Blue with the fig chutney, and the venison salami has been going down a treat."),
         (U, "Lovely, I'll take both. Could I try the salami first?"),
         (C, "I'm afraid not. Mr Cameron, the manager, doesn't let us do tasters on the cured meats, it's a hygiene rule. But nobody's ever sent it back."),
         (U, "Fair enough. 150 grams, then."),
         (C, "Coming up. That's £14.60 altogether."),
         (U, "Thanks."),
     ]),
    ("q14", "Aberdeen newsagent", [],
     "NOT gossip: the customer gossips at length about neighbours; the cashier deflects politely and never joins in",
     [
         (U, "Morning, Press and Journal please. Did you hear about the McKenzies at number twelve?"),
         (C, "Morning. Here's your paper."),
         (U, "He's lost his job offshore, apparently, and she's been seen going into the bookies every afternoon. And they've just bought that great big car."),
         (C, "Ah, I wouldn't know anything about that. Anything else for you today?"),
         (U, "And their lad got lifted by the police on Saturday, the whole street saw it."),
         (C, "Well, I hope they're all right. Is it just the paper, or did you want your lottery as well?"),
         (U, "Just the paper. I tell you, that family."),
         (C, "That's £2.20, thanks."),
         (U, "There you go. Terrible carry-on."),
         (C, "Have a good day, now."),
     ]),
    ("q15", "Glasgow chippy", [],
     "NOT repeat: the order is read back once to confirm it",
     [
         (U, "Can I get two fish suppers, a haggis supper, and two cans of Irn-Bru?"),
         (C, "Aye, no bother. Salt and sauce on all of them?"),
         (U, "Salt and sauce on the fish, just salt on the haggis."),
         (C, "Got it. So that's two fish suppers with salt and sauce, one haggis supper with salt only, and two Irn-Brus, is that right?"),
         (U, "That's it."),
         (C, "Lovely. About six minutes for the haggis, it's just going in."),
         (U, "No rush."),
         (C, "There you go, pal. That's £27.50.", {"pause": 6.0}),
         (U, "Cheers."),
     ]),
    ("q16", "Cork pharmacy", [],
     "NOT repeat: date of birth re-asked only after 'Sorry?'; the other questions (address, other medicines, allergies) are different questions of the same shape",
     [
         (U, "Hi, I'm here to collect a prescription for Ann Kelleher."),
         (C, "No problem. What's her date of birth?"),
         (U, "Sorry?"),
         (C, "Her date of birth, please?"),
         (U, "Oh, the 3rd of May, 1951."),
         (C, "Grand. And what's the first line of her address?"),
         (U, "22 Summerhill North."),
         (C, "Thanks. Is she taking anything over the counter at the moment?"),
         (U, "Just the odd Rennie."),
         (C, "That's fine with these. Is she allergic to anything?"),
         (U, "Not that I know of."),
         (C, "Perfect, that's €1.50 for the one item."),
     ]),
    ("q17", "Dublin Centra", [],
     "NOT rushed: one recommendation tailored to the customer's curry, then the usual bag and receipt questions spread out",
     [
         (C, "Hiya, how are you getting on today?"),
         (U, "Not bad. I'm making a curry tonight, first time cooking for the housemates."),
         (C, "Ah, brave man. The garlic naans from our bakery are great with a curry if you wanted, they're only €1.99 for two."),
         (U, "Oh, good shout. I'll run and grab some."),
         (U, "Got them, sorry about that.", {"pause": 25.0}),
         (C, "No bother at all. Hope the curry goes well. Do you need a bag?"),
         (U, "Yeah, one please."),
         (C, "That's €23.40 with the bag."),
         (U, "Tap is fine."),
         (C, "Grand. Do you want the receipt?", {"pause": 3.0}),
         (U, "No, you're all right."),
         (C, "Enjoy your dinner."),
     ]),
    ("q18", "Edinburgh deli", [],
     "NOT rushed: two offers (soup of the day, stamp card) far apart in a relaxed, chatty visit with a long slicing pause",
     [
         (U, "Afternoon! Could I get a half of the sourdough and some of that smoked salmon?"),
         (C, "Of course. How much salmon are you after?"),
         (U, "About 200 grams. My folks are up from Dumfries for the weekend."),
         (C, "Oh, lovely. We've a leek and tattie soup on today if you fancy some for their lunch."),
         (U, "Maybe not, my mum'll be making her own. She doesn't trust anyone else's."),
         (C, "Ha, quite right. Are you taking them anywhere while they're here?"),
         (U, "Up Arthur's Seat on Saturday, if Dad's knees hold out, then the Botanics."),
         (C, "The Botanics is gorgeous this time of year. I'll just slice that salmon for you."),
         (U, "Thanks."),
         (C, "There we are, 210 grams, is that okay?", {"pause": 40.0}),
         (U, "Perfect."),
         (C, "That's £17.80. By the way, if you're in regularly, we do a stamp card, every tenth coffee's free.", {"pause": 3.0}),
         (U, "Oh, go on then, I'm in most weeks."),
         (C, "Here you go. Enjoy the weekend with your folks."),
     ]),
]

if __name__ == "__main__":
    build("heldout56", HELDOUT56, 561)
