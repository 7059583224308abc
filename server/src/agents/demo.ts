/**
 * The demo broker's support team, so `npm start` has a working console at /agent.
 * Both demo agents sign in with the password `northbridge-demo` (a bcrypt hash is all that is kept).
 */
const DEMO_PASSWORD_HASH = '$2b$10$zGtihk9bgb2Ism1o7CcINesxGgHzx4/r3x3JCX3tNcv/tECaASJ5S';

export const DEMO_HUMAN_SUPPORT = {
  agents: [
    { id: 'alex', name: 'Alex Meyer', username: 'alex', passwordHash: DEMO_PASSWORD_HASH, languages: ['en', 'de'], skills: ['payments', 'accounts'] },
    { id: 'priya', name: 'Priya Nair', username: 'priya', passwordHash: DEMO_PASSWORD_HASH, languages: ['en', 'hi'], skills: ['trading'] },
  ],
  cannedResponses: {
    en: [
      { title: 'Greeting', text: "Hello, I'm here to help. Let me look at your account." },
      { title: 'Withdrawal check', text: 'I have checked your withdrawal: it is on its way and should arrive within one business day.' },
      { title: 'Closing', text: 'Is there anything else I can help you with today?' },
    ],
    de: [{ title: 'Begrüßung', text: 'Hallo, ich helfe Ihnen gern. Ich sehe mir Ihr Konto an.' }],
  },
  demoCustomers: [
    { visitorId: '7f1c2a9e-4b3d-4c8e-9a6f-2d5e8b1c0a77', tier: 'vip', name: 'Anna Schmidt', accountId: 'NB-100482', accountState: 'funded', country: 'DE' },
  ],
};
