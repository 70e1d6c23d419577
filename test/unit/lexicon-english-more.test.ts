import { describe } from "vitest";
import { flags, silent } from "./category-findings.ts";

// English notes of mixed crews, for the categories beside health (lexicon/english-more.ts). Each class
// with its trap beside it; sentences written for these tests.

describe("union: joining a named union, being in it", () => {
  flags("union", ["Bogdan says he joined CNV after the pay dispute.", "Tiago has been in the union for ten years."]);
  silent("union", ["Half the crew joined the FNV protest in The Hague.", "The union of the two flanges is leaking again."]);
});

describe("politics: support, votes, candidacy and wing of a person", () => {
  flags("politics", [
    "Everyone on the crew knows Vasile votes for PSD.",
    "Dirk supports the PVV and talks about it at every break.",
    "Anouk is running for the council for the Party for the Animals next spring.",
    "Stefan is a councillor for the SP in his village.",
    "Marek is very right wing, he said so himself.",
  ]);
  silent("politics", ["The right wing of the warehouse gets new sprinklers.", "We voted for the blue paint in the site meeting."]);
});

describe("religion: conversion, denominations, worship groups", () => {
  flags("religion", [
    "Samuel is a born-again Christian and will not work on Sundays.",
    "In prison he became a Muslim, he told the supervisor.",
    "Joy is a Pentecostal believer and leads the prayer group on Wednesdays.",
  ]);
  silent("religion", ["The Pentecostal church on Main Street needs a new roof.", "The prayer room on the second floor is open from 12 to 13."]);
});

describe("genetic: inherited disease and DNA swabs of a person", () => {
  flags("genetic", ["His daughter has an inherited heart condition, so he needs Fridays off.", "The police took DNA swabs from Lukas after the break-in."]);
  silent("genetic", ["Safety is in the DNA of our company.", "Concrete cube tests came back fine."]);
});

describe("sexual: groping in plain words", () => {
  flags("sexual", ["The cleaner says a driver touched her bottom twice near the lift."]);
  silent("sexual", ["The diver touched the bottom of the tank at 14:10."]);
});

describe("health in English report wording: lower back, the doctor's finding, follow-ups, blisters", () => {
  flags("health", [
    "While lifting the kerbs Bartek strained his lower back.",
    "Rui said his doctor found a hernia at the check-up last week.",
    "Can someone take over from Dawid on Thursday? He has a follow-up at the fracture clinic.",
    "Andrei burnt his hand on the torch. Blister the size of a coin, cooled under the tap.",
  ]);
  silent("health", [
    "The paint blisters on the south wall need sanding before the second coat.",
    "Follow-up meeting with the client on Friday about the lower back wall.",
  ]);
});

describe("English: bail and parole, burn-out and sleep, a GP's sick note, medicine given", () => {
  flags("criminal", ["Dylan is out on bail after a fight in town.", "He is on a probation order, his worker may call the site office."]);
  silent("criminal", ["The new labourer is on probation until May."]);
  flags("health", [
    "Sam is having flashbacks since the fall and can't sleep.",
    "Paul is completely burnt out, his wife called in.",
    "Dean has been signed off by his GP for two weeks.",
    "The medic gave him aspirin before the helicopter came.",
  ]);
  silent("health", ["The bulb in the stairwell is burnt out.", "Replace the flashback arrestor on the oxygen torch.", "We signed off the drawings with the client."]);
});

describe("English: a union's rep, British unions, standing for office, a people's background", () => {
  flags("union", ["FYI the rigger Tom is the Unite rep for our crew.", "The two welders from the Polish contractor have joined the RMT."]);
  flags("politics", ["Gary from the pipe crew is standing as a Reform UK candidate in May."]);
  silent("politics", ["He was running for the bus when he slipped."]);
  flags("ethnicity", ["New deckhand Liam is of Irish Traveller background.", "Sadiq is Hazara, hij is gevlucht."]);
  silent("ethnicity", ["Liam joined us with an engineering background."]);
});

describe("crews at sea and in steel named by their trade; a pregnancy said as 'expecting'", () => {
  flags("criminal", ["The background check for the new deckhand showed a conviction for theft."]);
  flags("health", ["Priya told the site manager she's expecting, so no more climbing.", "His wife is expecting, he wants leave in May."]);
  silent("health", ["She's expecting the crane delivery at noon.", "The bosun is expecting rain all afternoon."]);
});

describe("sexual: touching named by its manner", () => {
  flags("sexual", ["Complaint from Iris: the driver of the supplier touched her inappropriately at the gate."]);
  silent("sexual", ["The electrician touched the live wire with his elbow, no injury."]);
});
