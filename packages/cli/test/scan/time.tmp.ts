import { scanSite } from '../../src';
import { misbehavingKakorSite, thirdPartyServer } from './fixture-sites';
const tp = await thirdPartyServer();
const site = await misbehavingKakorSite(tp.port);
let t = Date.now();
const report = await scanSite({ url: `http://127.0.0.1:${site.port}/`, browser: '/usr/bin/chromium', pages: 5, timeoutSeconds: 10, onPage: (s, i, u) => { console.log(Date.now() - t, s, i, u); } });
console.log('total', Date.now() - t, report.states.map(s => s.pages));
await site.close(); await tp.close();
