# ruff: noqa: E501
"""Build the coach's held-out set 83: written BLIND by writer-83 before reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's format and nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read); not scored by its writer.

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words): Irish and Northern Irish shop counters -- a Cork
butcher, a Galway bookshop, a Belfast chippy, a Donegal pharmacy, a Dublin
newsagent and a Kerry craft shop.

Mix (aimed at precision: a false nudge costs more than a miss):
  4 gossip             q01-q04  sideways gossip in asides and questions: a
                                neighbour's drinking, the parish priest's
                                housekeeper, the owner's son's gambling, the
                                cashier's own row with her sister.
  4 repeated_question  q05-q08  re-asks in other words about what the customer is
                                cooking, who the book is for, how the customer is
                                getting home; q08 re-asks as a statement with "so".
  3 rushed_upsell      q09-q11  three or more prompts (bag of chips, two-for-one,
                                loyalty stamp, raffle ticket, gift wrap,
                                newsletter) fired off with short pauses.
  7 unlabelled         q12-q18  hard near-misses: warm chat about the customer's
                                family and the cashier's harmless day; a colleague
                                praised in a product context and the manager named
                                for a rule; a customer who gossips while the
                                cashier deflects; an order read back; a "sorry
                                what" re-ask plus different "do you want"
                                questions; one tailored recommendation with the
                                usual bag and receipt questions; two offers far
                                apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT83 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Cork butcher", ["gossip"],
     "cashier slips in 'did you hear about' a neighbour: the guards bringing him home drunk, the wife locking him out, drinking the mortgage",
     [
         (C, "howya what can i get you today"),
         (U, "a pound of the round steak mince and four pork chops please"),
         (C, "no bother are you doing a bit of a dinner"),
         (U, "just the usual sunday thing for the family"),
         (C, "lovely here did you hear about your man timmy across the road from you"),
         (U, "timmy no what about him"),
         (C, "im not saying anything now but the guards had to bring him home again on friday he was legless outside the pub and the wife wouldnt open the door"),
         (U, "ah god i didnt know that"),
         (C, "sure thats the third time since christmas the whole road knows hes drinking the mortgage"),
         (U, "right well can i get the chops"),
         (C, "that comes to fourteen eighty altogether"),
         (U, "card please"),
     ]),
    ("q02", "Galway bookshop", ["gossip"],
     "cashier passes on a rumour about the parish priest's housekeeper and a married sacristan, and that she skims the collection",
     [
         (C, "hi there just the one book today"),
         (U, "yes this one please the new anne enright"),
         (C, "oh good choice everyone is reading that one"),
         (U, "my book club picked it for next month"),
         (C, "would that be the club that meets up at the parish hall"),
         (U, "that is the one yeah"),
         (C, "so did you hear about the priests housekeeper i shouldnt really say but she was seen getting into a car with the sacristan at all hours and hes a married man"),
         (U, "oh i hadnt heard anything"),
         (C, "between ourselves father kenny is fit to be tied and shes been skimming off the collection too or so they say"),
         (U, "i really wouldnt know"),
         (C, "thats sixteen ninety nine please"),
     ]),
    ("q03", "Belfast chippy", ["gossip"],
     "cashier tells a customer the owner's son has gambled money away, took it from the till and is barred from the bookies",
     [
         (C, "whats the craic what can i get you"),
         (U, "a fish supper and a pastie supper please"),
         (C, "salt and vinegar on both"),
         (U, "aye please"),
         (C, "youll be waiting a wee minute the boss is in a mood"),
         (U, "ach right"),
         (C, "dont be repeating this but his young lad has lost a fortune on the horses again and he took it out of the till last week thats why hes raging"),
         (U, "oh dear"),
         (C, "and sure the wife doesnt even know the half of it the bookies up the road have him barred"),
         (U, "right"),
         (C, "thats twelve pound forty when youre ready"),
     ]),
    ("q04", "Dublin newsagent", ["gossip"],
     "cashier overshares her own family drama: a row with her sister, a glass thrown, accused of stealing their mother's jewellery",
     [
         (C, "morning love just the paper"),
         (U, "the irish times and a packet of polo mints please"),
         (C, "there you go sorry im all over the place today"),
         (U, "ah youre grand"),
         (C, "ah no its my sister we had a massive row at our mams birthday and she said i was never there when mam was sick and then she threw a glass at my husband"),
         (U, "oh thats awful"),
         (C, "and now shes telling the whole family im after robbing mams jewellery which is a lie the guards were nearly called"),
         (U, "im sorry to hear that"),
         (C, "anyway thats four twenty please"),
         (U, "here you go keep the change"),
     ]),
    # ----------------------------------------------------- repeated_question
    ("q05", "Cork butcher", ["repeated_question"],
     "asks what the lamb is for (irish stew tonight), then later asks again what she is cooking with it",
     [
         (C, "hello there what are you after"),
         (U, "two pounds of diced lamb please"),
         (C, "grand and what are you making with that"),
         (U, "an irish stew for the kids tonight"),
         (C, "lovely do you want it with a bit of fat left on or lean"),
         (U, "lean please"),
         (C, "no problem and some carrots from the front"),
         (U, "no ive plenty at home thanks"),
         (C, "so what are you cooking with the lamb tonight"),
         (U, "the stew like i said"),
         (C, "right so thats eighteen forty"),
     ]),
    ("q06", "Galway bookshop", ["repeated_question"],
     "customer said the book is a present for her botanist uncle; after the wrapping the cashier asks who the lucky person is",
     [
         (C, "hi did you find what you were looking for"),
         (U, "i did this one on the burren wildflowers"),
         (C, "is that for yourself or is it a present"),
         (U, "its a present for my uncle hes mad into botany"),
         (C, "ah hell love that will i wrap it for you"),
         (U, "please yeah"),
         (C, "there we go and who is the lucky person getting this one"),
         (U, "my uncle the botanist"),
         (C, "of course sorry thats twenty four ninety five"),
         (U, "card please"),
     ]),
    ("q07", "Donegal pharmacy", ["repeated_question"],
     "asks whether she is driving home (son is picking her up), then asks again in other words whether she is driving herself",
     [
         (C, "hiya thats your prescription ready"),
         (U, "thanks and a box of paracetamol too"),
         (C, "no problem are you driving home after these now the new ones can make you drowsy"),
         (U, "no my son is picking me up outside"),
         (C, "good stuff take two at night with food"),
         (U, "okay two at night"),
         (C, "and will you be driving yourself home today"),
         (U, "no my son is collecting me"),
         (C, "grand thats eleven fifty please"),
     ]),
    ("q08", "Kerry craft shop", ["repeated_question"],
     "asks how he is getting home with the bowl (bus to killarney), a different question about who it is for, then re-asks the travel one as a 'so' statement",
     [
         (C, "hello there thats a gorgeous bowl youve picked"),
         (U, "thank you its the blue one from the window"),
         (C, "itll need careful packing how are you getting home with it"),
         (U, "the bus back to killarney and then a flight to boston on monday"),
         (C, "ah lovely well ill wrap it in plenty of paper"),
         (U, "great thanks"),
         (C, "is it for a wedding or just for yourself"),
         (U, "for myself a souvenir"),
         (C, "so youre getting the bus back to killarney with it then"),
         (U, "yes the bus like i said"),
         (C, "right so thats sixty five euro"),
     ]),
    # --------------------------------------------------------- rushed_upsell
    ("q09", "Belfast chippy", ["rushed_upsell"],
     "bag of chips, two-for-one fish, loyalty stamp and raffle ticket fired off with the customer barely answering",
     [
         (U, "a battered sausage and a can of coke please"),
         (C, "do you want a bag of chips with that its only a pound extra", RR),
         (U, "no thanks", R),
         (C, "its two for one on the fish tonight as well", R),
         (U, "uh", R),
         (C, "and have you a loyalty card ill give you a stamp and do you want a raffle ticket for the football club", R),
         (U, "no just the sausage please", R),
         (C, "right thats three pound eighty", R),
     ]),
    ("q10", "Kerry craft shop", ["rushed_upsell"],
     "gift wrap, newsletter email, two-for-one candles and hospice raffle packed into a few seconds",
     [
         (U, "just this tea towel please"),
         (C, "would you like that gift wrapped its two euro", RR),
         (U, "no its fine", R),
         (C, "can i sign you up for our newsletter i just need your email", R),
         (U, "um no", R),
         (C, "and its two for one on the candles today and we have a raffle for the hospice one euro a ticket", R),
         (U, "no thanks really just the towel", R),
         (C, "okay nine fifty", R),
     ]),
    ("q11", "Dublin newsagent", ["rushed_upsell"],
     "two-for-one drink, loyalty app stamp, newsletter and raffle ticket in quick succession while the customer is rushing for a bus",
     [
         (U, "a chicken roll and a bottle of lucozade please"),
         (C, "the lucozade is two for one today do you want to grab another", RR),
         (U, "no im", R),
         (C, "and have you the loyalty app youd get a stamp for the roll and our newsletter with all the deals", R),
         (U, "no", R),
         (C, "would you buy a raffle ticket for the hospice only two euro", R),
         (U, "no thanks im late for the bus", R),
         (C, "okay thats six euro fifty", R),
     ]),
    # ------------------------------------------------------ hard "not" cases
    ("q12", "Galway bookshop", [],
     "NOT gossip: warm chat about the customer's grandchildren visiting and the cashier's harmless morning with a school group",
     [
         (C, "hiya you found something"),
         (U, "i did two picture books for my grandchildren theyre over from toronto next week"),
         (C, "ah thats lovely how long are they staying"),
         (U, "three weeks were bringing them out to the aran islands if the weather holds"),
         (C, "oh theyll love that the ferry is great fun for small ones"),
         (U, "i hope so the youngest is only four"),
         (C, "ive had a lovely morning myself a school group was in and they were delighted with the dinosaur books"),
         (U, "ah that sounds fun"),
         (C, "it was they cleared out the whole shelf thats twenty one euro for the two"),
         (U, "card please"),
         (C, "there you go enjoy the grandkids"),
     ]),
    ("q13", "Donegal pharmacy", [],
     "NOT gossip: the pharmacist colleague is praised for her advice on a cough bottle; the manager is named only for the voucher rule",
     [
         (U, "hi have you anything for a chesty cough its for my husband"),
         (C, "we have a few ill grab niamh our pharmacist shes brilliant on coughs"),
         (C, "right niamh says this one is the best for a chesty cough and it wont make him drowsy", {"pause": 8.0}),
         (U, "great and is it alright with his blood pressure tablets"),
         (C, "she checked that too its fine with those she really knows her stuff"),
         (U, "brilliant can i use this voucher for it"),
         (C, "sorry the manager mr gallagher has a rule that vouchers are only for cosmetics not medicines"),
         (U, "ah no problem ill pay with card"),
         (C, "thats eight ninety five then"),
         (U, "thanks a million"),
     ]),
    ("q14", "Cork butcher", [],
     "NOT gossip: the customer gossips at length about a neighbouring family; the cashier declines to join in and steers back to the order",
     [
         (C, "morning what can i get you"),
         (U, "half a pound of rashers and a black pudding"),
         (C, "coming up"),
         (U, "did you hear about the carmodys two doors down the husband is after moving out and they say theres another woman"),
         (C, "ah i wouldnt know anything about that now"),
         (U, "and the daughter got caught shoplifting in dunnes last week my cousin saw the whole thing"),
         (C, "sure everyone has their own troubles do you want the pudding sliced"),
         (U, "sliced yeah and the mother is drinking too you can smell it off her at mass"),
         (C, "ill leave them to it now thats six euro twenty"),
         (U, "here you are"),
         (C, "thanks enjoy the breakfast"),
     ]),
    ("q15", "Belfast chippy", [],
     "NOT a repeat: the cashier reads the order back to confirm it, then confirms the salt and vinegar split",
     [
         (C, "right what can i get you"),
         (U, "two cod suppers a sausage supper a small chips and three cans of coke"),
         (C, "so thats two cod suppers one sausage supper one small chips and three cokes"),
         (U, "aye thats it"),
         (C, "salt and vinegar on all of them"),
         (U, "on the suppers but not the small chips please"),
         (C, "right so salt and vinegar on the suppers and the small chips plain"),
         (U, "thats it"),
         (C, "thats twenty six pound fifty youll be about ten minutes"),
         (U, "grand ill wait"),
     ]),
    ("q16", "Dublin newsagent", [],
     "NOT a repeat: the network question is asked again only because the customer said 'sorry what'; the two 'do you want' questions are about different things",
     [
         (C, "morning is that everything for you"),
         (U, "this birthday card and can i get a phone top up"),
         (C, "no bother which network is it"),
         (U, "sorry what was that"),
         (C, "which network is the phone on"),
         (U, "oh three please twenty euro"),
         (C, "do you want a bigger envelope for the card theres a larger size"),
         (U, "no the one with it is fine"),
         (C, "and do you want the receipt for the top up"),
         (U, "yes please"),
         (C, "thats twenty three fifty altogether"),
     ]),
    ("q17", "Kerry craft shop", [],
     "NOT rushed: one recommendation tailored to the mother who feels the cold, then the usual bag and receipt questions after payment",
     [
         (C, "hello there is that everything for you"),
         (U, "yes this scarf its for my mother she feels the cold terribly"),
         (C, "its a lovely one merino is very soft if she really feels the cold the lined gloves in the same wool would go well with it"),
         (U, "oh thats a good idea ill take a pair of those too"),
         (C, "grand theyre made by a woman over in sneem she knits them all winter"),
         (U, "lovely theyre gorgeous"),
         (C, "thats fifty four euro altogether"),
         (U, "card please"),
         (C, "all gone through would you like a bag for them", {"pause": 4.0}),
         (U, "yes please"),
         (C, "and do you want the receipt in with them or will i keep it"),
         (U, "in the bag is grand"),
         (C, "there you go i hope she loves them"),
     ]),
    ("q18", "Cork butcher", [],
     "NOT rushed: horseradish sauce offered while choosing the rib, the loyalty card only after a long pause at the saw; two offers far apart in a chatty visit",
     [
         (C, "well how are you keeping"),
         (U, "not too bad im doing a roast for the in laws on sunday"),
         (C, "oh lovely what are you thinking beef or lamb"),
         (U, "beef i think a good rib for six people"),
         (C, "id go for about three kilos on the bone so and we have our own horseradish made here it goes great with the rib"),
         (U, "go on ill take a jar of that"),
         (C, "grand give me a minute while i cut that for you"),
         (C, "there you are three kilos and a bit that will feed them well", {"pause": 25.0}),
         (U, "thats a fine piece of meat the mother in law will be impressed"),
         (C, "ha she will she will oh and we have a loyalty card now if you want one you get a stamp every visit"),
         (U, "ah sure why not"),
         (C, "thats sixty two euro with the horseradish"),
         (U, "card please"),
     ]),
]

if __name__ == "__main__":
    build("heldout83", HELDOUT83, 831)
