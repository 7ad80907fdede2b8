// Size entry `elements: orders` (pnpm size): <introserv-orders> with its four dialogs, lit and the SDK parts
// they use. Budget 34 KB brotli, aim 27 KB.
import '../components/orders/orders.js';
