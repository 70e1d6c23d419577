const { fold } = await import("../../shared/engine/text/fold.ts");
console.log(JSON.stringify(fold("Inzet:\n• Suikerfeest – vrij\n- a\n1. b\n")));
