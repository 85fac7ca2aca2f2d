import { databasePath, openDatabase } from '@/db/client';

const file = databasePath();
openDatabase(file).$client.close();
console.log(`Database ${file} is up to date.`);
