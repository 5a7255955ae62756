/** secdraft's version, as package.json has it (a test holds the two together): for --version and SARIF's tool record. */
export const VERSION = '0.1.0';
