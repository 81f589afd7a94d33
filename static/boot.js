const q=new URL(import.meta.url).searchParams,at=n=>new URL(q.get(n),import.meta.url).href;self.stateEngine=at('engine');self.marketDetail=at('market');self.taxParameters=at('parameters');self.stateSources=at('sources');
if(/[?&](home|o\d\.(state|metro|occ))=[^&]/.test(location.search))[self.stateEngine,self.marketDetail].map(u=>import(u).catch(e=>0));
const{default:init}=await import(at('js'));await init({module_or_path:self.wasmFetch??at('wasm')});
